"""Peak memory of this process, for the campaigns' 500 MB ceiling.

On Linux, VmHWM (the high-water mark of this process's own memory map) from /proc/self/status: getrusage's
ru_maxrss also keeps the peak of the process it was forked from (the test runner) across exec, which would charge
the runner's size to the campaign. Elsewhere, ru_maxrss (kilobytes on Linux, bytes on macOS).
"""

from __future__ import annotations

import resource
import sys
from pathlib import Path


def peak_mb() -> int:
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024))
