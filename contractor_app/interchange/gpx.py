"""Reading a GPX track (a phone's or bike computer's record of a route) into the distance driven per track and day.

A GPX file is hostile until checked. It is parsed with expat (the parser under xml.etree; defusedxml is not a
dependency) with the dangerous parts refused outright rather than tamed: any DOCTYPE (so no entity can be declared:
no billion laughs, no external entity reaching for a file or the network), any entity or notation declaration, any
external entity reference. The size is capped before parsing, and the element depth and the number of track points
while parsing, so a huge or deeply nested file stops early with one clear line.

A track's length is the sum of the great-circle (haversine) distances between consecutive points of each of its
segments (a gap between segments is not driven). Each step is dated by its first point's time in the worker's zone,
so a track that passes midnight gives two days. A track without times cannot be dated and is refused.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import NoReturn
from xml.parsers import expat
from zoneinfo import ZoneInfo

from ..errors import InvalidInput, Phrase
from .reading import read_bytes

MAX_GPX_BYTES = 32 * 1024 * 1024
MAX_POINTS = 500_000  # one point a second for almost six days of driving
MAX_DEPTH = 24  # a GPX track point sits at depth 4; extensions may nest a little deeper
EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG), as GPS tools use for haversine distances
_POINT = "trkpt"


@dataclass(frozen=True, slots=True)
class TrackDay:
    """The distance of one track on one day, in kilometres (unrounded; the caller rounds to its unit)."""

    track: str
    on: date
    km: float


@dataclass
class _Track:
    name: str
    segments: list[list[tuple[float, float, datetime | None]]] = field(default_factory=list)


class _Refused(Exception):
    """Raised inside an expat handler to stop the parse; turned into one InvalidInput line. ``why`` is fixed words
    (a Phrase when they name a number), which the app translates."""

    def __init__(self, why: str | Phrase) -> None:
        super().__init__(str(why))
        self.why = why


def read_gpx(path: Path, zone: ZoneInfo) -> list[TrackDay]:
    """The tracks of the GPX file at ``path``, one TrackDay per track and local day, in the file's order."""
    data = read_bytes(path, limit=MAX_GPX_BYTES)
    return track_days(parse_gpx(data, path.name), zone, path.name)


def parse_gpx(data: bytes, name: str) -> list[_Track]:
    tracks: list[_Track] = []
    path: list[str] = []
    text: list[str] = []
    points = 0
    point: list[float | datetime | None] = []

    def refuse(reason: str | Phrase) -> NoReturn:
        raise _Refused(reason)

    def start(tag: str, attributes: dict[str, str]) -> None:
        nonlocal points, point
        local = tag.rsplit(" ", 1)[-1]
        path.append(local)
        text.clear()
        if len(path) > MAX_DEPTH:
            refuse(Phrase("it nests elements more than {most} deep", most=MAX_DEPTH))
        if len(path) == 1 and local != "gpx":
            refuse("it is not a GPX file (its root element is not <gpx>)")
        if local == "trk" and path[-2:-1] == ["gpx"]:
            tracks.append(_Track(name=f"track {len(tracks) + 1}"))
        elif local == "trkseg" and path[-2:-1] == ["trk"]:
            tracks[-1].segments.append([])
        elif local == _POINT and path[-2:-1] == ["trkseg"]:
            points += 1
            if points > MAX_POINTS:
                refuse(Phrase("it has more than {most:,} track points", most=MAX_POINTS))
            point = [_coordinate(attributes.get("lat"), 90.0), _coordinate(attributes.get("lon"), 180.0), None]

    def end(tag: str) -> None:
        nonlocal point
        local = path.pop()
        content = "".join(text).strip()
        text.clear()
        if local == "time" and path[-1:] == [_POINT]:
            point[2] = _time(content)
        elif local == "name" and path[-1:] == ["trk"] and content:
            tracks[-1].name = content[:200]
        elif local == _POINT and path[-1:] == ["trkseg"]:
            lat, lon, when = point
            assert isinstance(lat, float) and isinstance(lon, float)
            tracks[-1].segments[-1].append((lat, lon, when if isinstance(when, datetime) else None))

    parser = expat.ParserCreate(namespace_separator=" ")
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    def characters(chunk: str) -> None:
        if len(text) < 64:  # a time or a name is short; a huge text node is not kept
            text.append(chunk[:4096])

    parser.CharacterDataHandler = characters
    parser.StartDoctypeDeclHandler = lambda *_: refuse("it declares a DOCTYPE, which a GPX file never needs")
    parser.EntityDeclHandler = lambda *_: refuse("it declares entities")
    parser.NotationDeclHandler = lambda *_: refuse("it declares notations")
    def external_entity(*_: object) -> int:
        refuse("it refers to an external entity")

    parser.ExternalEntityRefHandler = external_entity
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except _Refused as refused:
        raise InvalidInput.said("{name} was refused: {why}. Nothing was imported.", name=name, why=refused.why,
                                phrases=("why",)) from None
    except expat.ExpatError as error:
        raise InvalidInput.said("{name} is not a readable GPX file ({problem}, line {line}). Nothing was imported.",
                                name=name, problem=expat.errors.messages[error.code], line=error.lineno) from None
    if not any(len(segment) > 1 for track in tracks for segment in track.segments):
        raise InvalidInput.said("{name} has no track with two points or more; nothing to measure. Nothing was "
                                "imported.", name=name)
    return tracks


def track_days(tracks: list[_Track], zone: ZoneInfo, name: str) -> list[TrackDay]:
    days: list[TrackDay] = []
    for track in tracks:
        per_day: dict[date, float] = defaultdict(float)
        for segment in track.segments:
            for (lat1, lon1, when), (lat2, lon2, _) in zip(segment, segment[1:], strict=False):
                if when is None:
                    raise InvalidInput.said("{name}: {track} has points without a time, so its days cannot be told; "
                                            "record the trip by hand with `distance add`. Nothing was imported.",
                                            name=name, track=track.name)
                per_day[when.astimezone(zone).date()] += haversine_km(lat1, lon1, lat2, lon2)
        days.extend(TrackDay(track.name, on, km) for on, km in sorted(per_day.items()))
    return days


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The great-circle distance between two points on a sphere of the Earth's mean radius."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    a = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def _coordinate(value: str | None, limit: float) -> float:
    try:
        number = float(value or "")
    except ValueError:
        raise _Refused(Phrase("a track point has a coordinate that is not a number ({value!r})",
                              value=(value or "")[:20])) from None
    if not math.isfinite(number) or abs(number) > limit:
        raise _Refused(Phrase("a track point's coordinate {number} is out of range", number=number))
    return number


def _time(value: str) -> datetime:
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        raise _Refused(Phrase("a track point's time is not a date and time ({value!r})", value=value[:30])) from None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when  # GPX times are UTC
