"""One module per subcommand; each has ``register(subparsers)`` and sets ``run(context, args)`` as default."""

from . import (
    adjust, backup, client, data, evidence, export, importing, incident, init, invoice, listing, log, passwd, pay,
    report, rules, summary, timer, verify,
)

ALL = (init, client, log, timer, pay, invoice, adjust, listing, summary, report, rules, data, evidence, incident,
       importing, export, backup, verify, passwd)
