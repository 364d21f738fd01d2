"""`client add`, `client edit`, `client terms`, `client contract`, `client workday` and `client list`."""

from __future__ import annotations

import argparse
from datetime import date

from ...domain.categories import check_category
from ...domain.money import parse_amount
from ...domain.pay import FROM_THE_START, Terms, parse_rate
from ...domain.times import parse_date
from ...errors import InvalidInput
from ..context import Context
from ..output import table

WORKDAY_HELP = ("when the client's workday starts, in the zone of its jurisdiction (default: midnight); "
                "daily overtime counts hours per workday")
APP_BASED_HELP = ("an app (delivery, rideshare) whose work a pay-floor law covers, e.g. NYC app delivery or Seattle "
                  "app-based work: its floor is then applied")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("client", help="add or list clients and platforms")
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True, parser_class=type(parser))

    add = actions.add_parser("add", help="add a client with its pay terms")
    add.add_argument("name")
    pay = add.add_mutually_exclusive_group()
    pay.add_argument("--rate", help="AMOUNT/h for hourly pay, AMOUNT/task (or /item...) per unit")
    pay.add_argument("--fixed", metavar="AMOUNT", help="a fixed price for the engagement")
    add.add_argument("--currency", help="the client's currency (default: yours)")
    add.add_argument("--unpaid", default="", metavar="CATEGORIES",
                     help="comma-separated categories the client does not pay for, e.g. training,assessment")
    add.add_argument("--jurisdiction", help="where the work is done, e.g. US-CA")
    add.add_argument("--classification", choices=("contractor", "employee"), default="contractor")
    add.add_argument("--payment-terms-days", type=_days, metavar="N", help="days the client has to pay")
    add.add_argument("--workweek-start", choices=WEEKDAYS, default="monday")
    add.add_argument("--engagement", default="General", help="name of the first project or contract")
    add.add_argument("--legal-name")
    add.add_argument("--address")
    add.add_argument("--contact")
    add.add_argument("--worker-id", help="your id or username at this client")
    add.add_argument("--contract-on-file", action="store_true", help="you have a written contract with them")
    add.add_argument("--workday-start", metavar="HH:MM", default="midnight", help=WORKDAY_HELP)
    add.add_argument("--app-based", action="store_true", help=APP_BASED_HELP)
    add.set_defaults(run=run_add)

    edit = actions.add_parser("edit", help="change whether a client is app-based")
    edit.add_argument("name")
    marked = edit.add_mutually_exclusive_group(required=True)
    marked.add_argument("--app-based", dest="app_based", action="store_true", default=None, help=APP_BASED_HELP)
    marked.add_argument("--not-app-based", dest="app_based", action="store_false", help="no pay-floor law covers it")
    edit.set_defaults(run=run_edit)

    terms = actions.add_parser("terms", help="new pay terms from a date (a raise, a new rate, unpaid categories)")
    terms.add_argument("name")
    terms.add_argument("--from", dest="effective_from", required=True, metavar="DATE",
                       help="first day the terms apply")
    new_pay = terms.add_mutually_exclusive_group(required=True)
    new_pay.add_argument("--rate", help="AMOUNT/h or AMOUNT/task")
    new_pay.add_argument("--fixed", metavar="AMOUNT")
    terms.add_argument("--unpaid", default="", metavar="CATEGORIES", help="categories not paid, e.g. training")
    terms.add_argument("--engagement", help="project or contract (default: the client's first)")
    terms.set_defaults(run=run_terms)

    contract = actions.add_parser("contract", help="record whether a written contract is on file")
    contract.add_argument("name")
    contract.add_argument("state", choices=("on-file", "none"))
    contract.set_defaults(run=run_contract)

    workday = actions.add_parser("workday", help="when the client's workday starts (for daily overtime)")
    workday.add_argument("name")
    workday.add_argument("start", metavar="HH:MM|midnight", help=WORKDAY_HELP)
    workday.set_defaults(run=run_workday)

    listing = actions.add_parser("list", help="list clients")
    listing.set_defaults(run=run_list)


def _days(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of days")
    return int(text)


def run_add(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.clients.directory import NewClient, add_client, parse_workday_start

    with ctx.vault_and_profile() as (vault, profile):
        currency = args.currency or profile.currency
        terms = _terms(args, currency, FROM_THE_START)
        info = add_client(vault, NewClient(
            name=args.name, currency=currency, terms=terms,
            jurisdiction=args.jurisdiction or profile.jurisdiction or None,
            classification=args.classification, payment_terms_days=args.payment_terms_days,
            workweek_start=WEEKDAYS.index(args.workweek_start), legal_name=args.legal_name, address=args.address,
            contact=args.contact, worker_ref=args.worker_id, engagement=args.engagement,
            contract_on_file=args.contract_on_file, workday_start_minutes=parse_workday_start(args.workday_start),
            app_based=args.app_based,
        ))
    ctx.print(f"Added {info.name} ({info.classification}, {info.terms}).")
    return 0


def _terms(args: argparse.Namespace, currency: str, effective_from: date) -> Terms | None:
    unpaid = tuple(check_category(name) for name in args.unpaid.split(",") if name.strip())
    if args.rate:
        kind, rate, unit = parse_rate(args.rate, currency)
        return Terms(kind=kind, rate=rate, unit_name=unit, unpaid_categories=unpaid, effective_from=effective_from)
    if args.fixed:
        return Terms(kind="fixed", rate=parse_amount(args.fixed, currency, what="Fixed price"),
                     unpaid_categories=unpaid, effective_from=effective_from)
    if unpaid:
        raise InvalidInput("--unpaid needs pay terms: add --rate or --fixed.")
    return None


def run_terms(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.clients.directory import currency_of
    from ...services.clients.terms import set_terms

    effective_from = parse_date(args.effective_from)
    with ctx.vault() as vault:
        terms = _terms(args, currency_of(vault, args.name), effective_from)
        assert terms is not None  # --rate or --fixed is required
        described = set_terms(vault, client=args.name, terms=terms, engagement=args.engagement)
    ctx.print(f"New terms: {described}.")
    return 0


def run_edit(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.clients.directory import set_app_based

    with ctx.vault() as vault:
        set_app_based(vault, client=args.name, app_based=args.app_based)
    ctx.print("Recorded: app-based work; a pay floor for it applies where a law sets one." if args.app_based
              else "Recorded: not app-based.")
    return 0


def run_contract(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.clients.directory import set_contract_on_file

    with ctx.vault() as vault:
        set_contract_on_file(vault, client=args.name, on_file=args.state == "on-file")
    ctx.print("Recorded: a written contract is on file." if args.state == "on-file"
              else "Recorded: no written contract on file.")
    return 0


def run_workday(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.clients.directory import parse_workday_start, set_workday_start

    minutes = parse_workday_start(args.start)
    with ctx.vault() as vault:
        set_workday_start(vault, client=args.name, minutes=minutes)
    start = "midnight" if minutes is None else f"{minutes // 60:02}:{minutes % 60:02}"
    ctx.print(f"Recorded: the workday starts at {start} where the client's law applies.")
    return 0


def run_list(ctx: Context, args: argparse.Namespace) -> int:
    from ...services.clients.directory import list_clients

    with ctx.vault() as vault:
        clients = list_clients(vault)
    if not clients:
        ctx.print("No clients yet. Add one with: contractor-app client add NAME --rate 25/h")
        return 0
    ctx.print(*table(
        ("Client", "Pay", "Classification", "Jurisdiction", "Pays within"),
        [(c.name, c.terms, c.classification, c.jurisdiction or "-",
          f"{c.payment_terms_days} days" if c.payment_terms_days is not None else "-") for c in clients],
    ))
    return 0
