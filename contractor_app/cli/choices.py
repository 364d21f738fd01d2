"""The values the commands' options accept, for argparse's choices and help before any records are opened.

Each is a copy of a service's own tuple, kept here so that `X --help` and parsing the command line load no service
module (and so no database layer, importers or PDF code; issue 18). tests/cli/test_startup.py keeps every copy equal
to the service's.
"""

from __future__ import annotations

ADJUSTMENT_KINDS = ("bonus", "adjustment")  # services.adjustments.KINDS
EXPENSE_KINDS = ("equipment", "internet", "software", "platform fee", "transfer fee", "other")  # services.expenses
INCIDENT_KINDS = ("breach", "dispute")  # services.incidents.KINDS
INCIDENT_STATUSES = ("open", "closed")  # services.incidents.STATUSES
ANCHOR_HOWS = ("email", "copy", "print")  # services.anchors.HOWS
# services.privacy
SENSITIVITIES = ("low", "medium", "high", "special-category")
MONITORING_TYPES = ("screen recording", "screenshots", "webcam", "voice recording", "keystrokes/activity",
                    "location", "ID document", "biometrics", "ratings", "other")
CONSENTS = ("given in writing", "clicked through", "not asked", "refused")
# services.access_requests
ACCESS_LAWS = ("gdpr", "uk-gdpr", "ccpa")
ACCESS_CHANNELS = ("email", "post", "web-form", "in-app")
# services.imports.FORMATS and FIELDS, services.statement_imports.FORMATS
IMPORT_FORMATS = ("toggl", "clockify", "watson", "timewarrior", "kimai", "csv")
IMPORT_FIELDS = ("start", "end", "duration", "date", "client", "project", "note", "tags", "category", "id")
STATEMENT_FORMATS = ("paypal", "wise", "upwork", "payoneer", "payments-csv")
