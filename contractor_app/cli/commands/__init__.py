"""One module per subcommand; each has ``register(subparsers)`` and sets ``run(context, args)`` as default."""

from . import client, init, listing, log, passwd, pay, summary, timer, verify

ALL = (init, client, log, timer, pay, listing, summary, verify, passwd)
