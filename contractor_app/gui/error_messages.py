"""The services' error messages in the worker's language, with the names in them kept as written.

A service raises ``InvalidInput.said("There is already a client named {name!r}; nothing was changed.", name=...)``
(errors.py): the CLI prints the English sentence, and here the template is translated in the "errors" context and
then filled. Fields listed in ``error.phrases`` are fixed English words ("header", "cut short") and are translated
too, as are fields that are an errors.Phrase ("part {number} of {count}", translated before its numbers are put in);
names, paths and numbers are not. A message written whole (no template) is translated as it is, which works for
the fixed messages below. lupdate reads only contractor_app/gui, so every template the services use is listed here
(tests/gui/test_error_messages.py checks that none is missing); a translation that drops or misspells a field falls
back to the English sentence rather than failing.

A number written with grouping in a template (``{limit:,}``) is grouped as the worker's language groups numbers
(20.000 in Spanish, 20 000 in French), as money and hours are, not with the English comma. The numbered words the
store and the backup name a problem with ("page 12", "damaged: page 12") are Phrases too, so a list of problems
reads as English text everywhere and is said in the worker's language here.
"""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from ..errors import LedgerError, Phrase

CONTEXT = "errors"

# Messages with names in them: the templates passed to LedgerError.said, and the damaged-file errors' own.
TEMPLATES = (
    QT_TRANSLATE_NOOP("errors", "There is already a client named {name!r}; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "{client} already has an engagement named {name!r}; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "This client already has an engagement named {name!r}; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The timer is already running for {client} since {since:%Y-%m-%d %H:%M}; stop it "
                                "first."),
    QT_TRANSLATE_NOOP("errors", "The entry ends ({end:%Y-%m-%d %H:%M} UTC) before or when it starts."),
    QT_TRANSLATE_NOOP("errors", "Your records file is damaged ({what})."),
    QT_TRANSLATE_NOOP("errors", "Your records file is damaged ({what}). {detail}"),
    QT_TRANSLATE_NOOP("errors", "This backup is damaged ({what}). Nothing was restored or changed; use another "
                                "backup."),
    QT_TRANSLATE_NOOP("errors", "This backup is damaged ({what}). {detail} Nothing was restored or changed; use "
                                "another backup."),
    QT_TRANSLATE_NOOP("errors", "The backup folder {folder} cannot be used ({reason}). Your records are safe and "
                                "unchanged; choose another folder in the backup settings."),
    QT_TRANSLATE_NOOP("errors", "Cannot read the backup {path} ({reason}). Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "{path} is not a backup file. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "{name} was refused: {why}. Nothing was added."),
    QT_TRANSLATE_NOOP("errors", "{name} was refused: {why}. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "There is no file or folder {path}. Nothing was added."),
    QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}. Nothing was added."),
    QT_TRANSLATE_NOOP("errors", "{name} holds no files to keep. Nothing was added."),
    QT_TRANSLATE_NOOP("errors", "{path} is a folder; give the file to import. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "Cannot read {path}: {reason}. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{name} is larger than {mib} MiB; split it into smaller files. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{name} is empty; there is nothing to keep. Nothing was added."),
    QT_TRANSLATE_NOOP("errors", "{path} is not a file; give the file to keep. Nothing was added."),
    QT_TRANSLATE_NOOP("errors", "There is no file {path}. Nothing was added."),
    # Entries, times and amounts
    QT_TRANSLATE_NOOP("errors", "{what} {id} does not exist (it may have been deleted)."),
    QT_TRANSLATE_NOOP("errors", "Units {units} must be a positive number with at most 3 decimal places."),
    QT_TRANSLATE_NOOP("errors", "The note is longer than {limit} characters."),
    QT_TRANSLATE_NOOP("errors", "Kind must be bonus or adjustment, not {kind!r}."),
    QT_TRANSLATE_NOOP("errors", "Evidence is linked to {what}, so it is kept; nothing was deleted.{advice}"),
    QT_TRANSLATE_NOOP("errors", "This {what} is already back in your records; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The client of a deleted {what} no longer exists; it cannot be put back."),
    QT_TRANSLATE_NOOP("errors", "Unknown time zone {name!r}: use a name such as Europe/Berlin or America/New_York."),
    QT_TRANSLATE_NOOP("errors", "Date and time {text!r} is not understood: use a form like 2026-11-26T09:30."),
    QT_TRANSLATE_NOOP("errors", "{text!r} does not exist in {zone} (the clocks skipped it); check the time."),
    QT_TRANSLATE_NOOP("errors", "Date {text!r} is not understood: use a form like 2026-11-26."),
    QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start})."),
    QT_TRANSLATE_NOOP("errors", "Period {text!r} is not understood: use FROM..TO, e.g. 2026-11-01..2026-11-30."),
    QT_TRANSLATE_NOOP("errors", "{what} {text!r} is not a number."),
    QT_TRANSLATE_NOOP("errors", "{what} {text!r} is not a plain number."),
    QT_TRANSLATE_NOOP("errors", "{what} {value} is negative; amounts are recorded as positive numbers."),
    QT_TRANSLATE_NOOP("errors", "{what} {value} has more than {allowed} decimal places for {code}."),
    QT_TRANSLATE_NOOP("errors", "Rate {text!r} needs a unit: write 25/h for hourly or 0.40/task per task."),
    QT_TRANSLATE_NOOP("errors", "Rate unit {unit!r} is not understood: use h, or a word such as task or item."),
    # Clients, engagements and pay terms
    QT_TRANSLATE_NOOP("errors", "Classification must be contractor or employee, not {classification!r}."),
    QT_TRANSLATE_NOOP("errors", "There is no {what} #{id} in your records; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The rate is in {rate_currency} but the client pays in {currency}."),
    QT_TRANSLATE_NOOP("errors", "Workday start {text!r} is not a time: write HH:MM, e.g. 06:00, or midnight."),
    QT_TRANSLATE_NOOP("errors", "No client named {name!r}. Known clients: {known}."),
    QT_TRANSLATE_NOOP("errors", "No client named {name!r}. Add one with `client add`."),
    QT_TRANSLATE_NOOP("errors", "{client} has no engagement named {name!r}."),
    QT_TRANSLATE_NOOP("errors", "{client} has no engagement."),
    QT_TRANSLATE_NOOP("errors", "{what} is limited to {limit:,} characters; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "{client} pays in {currency}, not {rate_currency}."),
    QT_TRANSLATE_NOOP("errors", "{engagement} already has pay terms from {effective_from}; choose another day. "
                                "Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "Your entry of {day} would have no pay terms (the first would start on {first}). "
                                "Choose an earlier day. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "{count} entries from {start} to {end} would have no pay terms (the first would start "
                                "on {first}). Choose an earlier day. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "Your entry of {day} is paid at these terms. Correct the terms instead of removing "
                                "them. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "{count} entries from {start} to {end} are paid at these terms. Correct the terms "
                                "instead of removing them. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "There are no pay terms #{id} in your records; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "Pay type must be hourly, per unit or fixed, not {kind!r}."),
    QT_TRANSLATE_NOOP("errors", "The client pays in {currency}, not {rate_currency}; nothing was changed."),
    # Payments, invoices, costs, exchange rates and statements
    QT_TRANSLATE_NOOP("errors", "A payment's method, reference and note are limited to {limit} characters."),
    QT_TRANSLATE_NOOP("errors", "{client} pays in {currency}; record the amount that arrived in {currency}."),
    QT_TRANSLATE_NOOP("errors", "That invoice is not one of {client}'s; choose one of theirs or none."),
    QT_TRANSLATE_NOOP("errors", "An invoice's number and note are limited to {limit} characters."),
    QT_TRANSLATE_NOOP("errors", "An expense's category is one of {kinds}; not {kind!r}."),
    QT_TRANSLATE_NOOP("errors", "An expense's note is limited to {limit} characters."),
    QT_TRANSLATE_NOOP("errors", "There is no evidence #{id} in your records; keep the receipt with `evidence add` "
                                "first, then name its number."),
    QT_TRANSLATE_NOOP("errors", "Distance is in km or mi, not {unit!r}."),
    QT_TRANSLATE_NOOP("errors", "A trip of more than {most} {unit} in a day is not believable; check the number."),
    QT_TRANSLATE_NOOP("errors", "A distance has at most {places} decimal places."),
    QT_TRANSLATE_NOOP("errors", "A trip's note is limited to {limit} characters."),
    QT_TRANSLATE_NOOP("errors", "A rate converts between two currencies: {base} to {base} is not one."),
    QT_TRANSLATE_NOOP("errors", "Rate {rate} is not a positive number of {target} for 1 {base}."),
    QT_TRANSLATE_NOOP("errors", "Rate {rate} has more than 10 decimal places."),
    QT_TRANSLATE_NOOP("errors", "A rate from {base} to {target} on {on} is already recorded (see `rate list`)."),
    QT_TRANSLATE_NOOP("errors", "{amount} cannot be {client}'s payment: they pay in {currency}."),
    QT_TRANSLATE_NOOP("errors", "That invoice is not one of {client}'s in {currency}."),
    QT_TRANSLATE_NOOP("errors", "Statement payment {id} does not exist."),
    QT_TRANSLATE_NOOP("errors", "{format!r} statements need no column mapping."),
    QT_TRANSLATE_NOOP("errors", "Unknown statement format {format!r}: use one of {formats}."),
    QT_TRANSLATE_NOOP("errors", "No column mapping saved for {name!r} yet: give one with --map FIELD=COLUMN for the "
                                "fields {fields} (date, amount and id needed)."),
    QT_TRANSLATE_NOOP("errors", "Source name {source!r}: use up to 60 letters, digits, spaces, dots, dashes or _."),
    # Backups, exports, bundles and the records folder
    QT_TRANSLATE_NOOP("errors", "There is already a file at {path}; nothing was written. Choose another name."),
    QT_TRANSLATE_NOOP("errors", "The backup could not be written to {folder} ({reason}). Your records are safe and "
                                "unchanged."),
    QT_TRANSLATE_NOOP("errors", "Keep between 0 and {most} backups per period, not {value}."),
    QT_TRANSLATE_NOOP("errors", "The backup folder must be a full path, like /home/you/Backups, not {folder!r}."),
    QT_TRANSLATE_NOOP("errors", "Cannot make the folder {folder}: {reason}. Nothing was written."),
    QT_TRANSLATE_NOOP("errors", "Evidence #{id} does not match its fingerprint; run `verify`. The export was not "
                                "written."),
    QT_TRANSLATE_NOOP("errors", "Cannot write {path}: {reason}. Nothing was written."),
    QT_TRANSLATE_NOOP("errors", "{path} is a folder; give a file name. Nothing was written."),
    QT_TRANSLATE_NOOP("errors", "Choose a place outside your records folder ({folder}); nothing was written."),
    QT_TRANSLATE_NOOP("errors", "Give a file name in an existing folder, not {path}. Nothing was written."),
    QT_TRANSLATE_NOOP("errors", "Choose a place outside your records folder ({folder}). Nothing was written."),
    QT_TRANSLATE_NOOP("errors", "The password must have at least {count} characters."),
    QT_TRANSLATE_NOOP("errors", "There are already records in {folder}; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "No records found in {folder}. Create them with `contractor-app init`."),
    QT_TRANSLATE_NOOP("errors", "Updating your records to this version of the app failed ({error}); they were left "
                                "exactly as they were. Please report this, and keep using the previous version "
                                "meanwhile."),
    # Imports: time sheets, GPX tracks, statements and answers to access requests
    QT_TRANSLATE_NOOP("errors", "No column mapping saved for {source!r} yet: give one with --map FIELD=COLUMN for the "
                                "fields {fields} (start, and end or duration, needed)."),
    QT_TRANSLATE_NOOP("errors", "Unknown import format {format!r}: use one of {formats}."),
    QT_TRANSLATE_NOOP("errors", "{name}, {where}: no client. Choose the client these entries are for with --client "
                                "NAME. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{name} has no clients: choose the client these entries are for with --client NAME. "
                                "Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{name} names clients that are not in your records: {listed} and {more} more. Add "
                                "each with `contractor-app client add NAME --rate ...`, or put every entry under one "
                                "client with --client NAME. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{name} names clients that are not in your records: {listed}. Add each with "
                                "`contractor-app client add NAME --rate ...`, or put every entry under one client "
                                "with --client NAME. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{client} has no engagement to import into. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "Unknown mapping field {field!r}: use {fields}."),
    QT_TRANSLATE_NOOP("errors", "The mapping of {name!r} must name a column."),
    QT_TRANSLATE_NOOP("errors", "--map {pair!r} is not FIELD=COLUMN (e.g. --map start=Begin)."),
    QT_TRANSLATE_NOOP("errors", "{file} has no column {name!r} (columns: {columns}). Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{name} is not a readable GPX file ({problem}, line {line}). Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{name} has no track with two points or more; nothing to measure. Nothing was "
                                "imported."),
    QT_TRANSLATE_NOOP("errors", "{name}: {track} has points without a time, so its days cannot be told; record the "
                                "trip by hand with `distance add`. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "The mapping needs {fields}."),
    QT_TRANSLATE_NOOP("errors", "{name}: no column is chosen as the currency; say which client the payments are from "
                                "(their currency is used) or choose the currency column. Nothing was imported."),
    QT_TRANSLATE_NOOP("errors", "{name} is not a zip file that can be read ({error}). Nothing was added."),
    # Evidence, anchors and time stamps
    QT_TRANSLATE_NOOP("errors", "This file is already kept as evidence #{id} ({name!r}, added {added:%Y-%m-%d}); "
                                "nothing was added. Link that one with `evidence link {id}`."),
    QT_TRANSLATE_NOOP("errors", "File type {media_type!r} is not understood: use a form like application/pdf or "
                                "image/png."),
    QT_TRANSLATE_NOOP("errors", "Evidence #{id} is not linked to {records}; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "{name!r} is the written contract on file for {client}: change that in Clients first. "
                                "Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "{path} already exists; choose a new file name. Nothing was written."),
    QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist. Nothing was written."),
    QT_TRANSLATE_NOOP("errors", "{name} is larger than {mb} MB, the most one piece of evidence can be; keep a smaller "
                                "copy or split it. Nothing was added."),
    QT_TRANSLATE_NOOP("errors", "An evidence name is one line of at most {limit} characters."),
    QT_TRANSLATE_NOOP("errors", "Evidence can be linked to {kinds}, not {entity!r}."),
    QT_TRANSLATE_NOOP("errors", "There is no evidence #{id} in your records; `evidence list` shows it all."),
    QT_TRANSLATE_NOOP("errors", "How the anchor went must be one of {hows}, not {how!r}."),
    QT_TRANSLATE_NOOP("errors", "Where the anchor went is at most {limit} characters."),
    QT_TRANSLATE_NOOP("errors", "This time stamp is already kept with anchor {code}."),
    QT_TRANSLATE_NOOP("errors", "{name} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("errors", "No anchor {code!r} in these records: `anchor list` shows them."),
    QT_TRANSLATE_NOOP("errors", "The CA file {name} cannot be read: {reason}."),
    QT_TRANSLATE_NOOP("errors", "The CA file {name} is too large to be a certificate bundle."),
    QT_TRANSLATE_NOOP("errors", "The CA file {name} holds no readable certificate (PEM or DER)."),
    QT_TRANSLATE_NOOP("errors", "The authority did not grant this time stamp (status: {status})."),
    QT_TRANSLATE_NOOP("errors", "The time stamp uses a digest this app does not accept ({algorithm})."),
    # Reports
    QT_TRANSLATE_NOOP("errors", "Paper must be a4 or letter, not {paper!r}."),
    QT_TRANSLATE_NOOP("errors", "Cannot read {name}: {reason}. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "Unknown report {kind!r}: choose one of {kinds}."),
    QT_TRANSLATE_NOOP("errors", "A {kind} report is about one client: add --client NAME."),
    QT_TRANSLATE_NOOP("errors", "Nothing recorded for {client!r} in this period."),
    QT_TRANSLATE_NOOP("errors", "Reports can be written in {languages}, not {code!r}."),
    # Settings, the worker's profile and passwords
    QT_TRANSLATE_NOOP("errors", "Paper size must be one of {sizes}, not {choice!r}."),
    QT_TRANSLATE_NOOP("errors", "The password must have at least {count} characters. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The saved column mapping of {source!r} is damaged; give it again with --map."),
    QT_TRANSLATE_NOOP("errors", "The address is too long: keep it under {limit} characters. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The contact is too long: keep it under {limit} characters. Nothing was changed."),
    # Privacy: data records, incidents and access requests
    QT_TRANSLATE_NOOP("errors", "Data record #{id} is about data {direction}, not {wanted}; nothing was changed. Add "
                                "a new record instead."),
    QT_TRANSLATE_NOOP("errors", "Direction must be handled or collected, not {direction!r}."),
    QT_TRANSLATE_NOOP("errors", "There is no data record #{id} in your records; `data list` shows them."),
    QT_TRANSLATE_NOOP("errors", "{what} is limited to {limit:,} characters."),
    QT_TRANSLATE_NOOP("errors", "Give at most {most} of them; group similar kinds of data together."),
    QT_TRANSLATE_NOOP("errors", "{what} {value!r} is not one of: {allowed}."),
    QT_TRANSLATE_NOOP("errors", "{day} is in the future; record what has already happened (leave the end date empty "
                                "while it goes on)."),
    QT_TRANSLATE_NOOP("errors", "Say which law the request is made under ({laws}): {client}'s jurisdiction does not "
                                "tell."),
    QT_TRANSLATE_NOOP("errors", "The answer cannot come before the request was sent ({sent_on})."),
    QT_TRANSLATE_NOOP("errors", "The extension cannot come before the request was sent ({sent_on})."),
    QT_TRANSLATE_NOOP("errors", "There is no access request #{id} in your records; `dsar list` shows them."),
    QT_TRANSLATE_NOOP("errors", "The steps taken are limited to {limit:,} characters in all."),
    QT_TRANSLATE_NOOP("errors", "The time spent is limited to {hours:,} hours."),
    QT_TRANSLATE_NOOP("errors", "{folder} is not a folder of share files."),
    QT_TRANSLATE_NOOP("errors", "{folder} holds more than {most:,} share files; summarise them in parts."),
    QT_TRANSLATE_NOOP("errors", "There is no incident #{id} in your records; `incident list` shows them."),
    QT_TRANSLATE_NOOP("errors", "No access request to {client} needs a follow-up on {as_of}: none is past its "
                                "deadline without an answer, or answered in part. `dsar list` shows them."),
    # Currencies, kinds of work, jurisdictions and pay shares
    QT_TRANSLATE_NOOP("errors", "Unknown currency code {code!r}: use an ISO 4217 code such as USD, EUR or GBP."),
    QT_TRANSLATE_NOOP("errors", "Unknown category {name!r}: choose one of {categories}."),
    QT_TRANSLATE_NOOP("errors", "Jurisdiction {code!r} is not understood: use a country (US, GB), a region (US-CA, "
                                "CA-ON) or a city (US-NY-NYC)."),
    QT_TRANSLATE_NOOP("errors", "{category!r} for {client} is not a kind of work; use one of: {categories}."),
    # Sync
    QT_TRANSLATE_NOOP("errors", "{folder} is not a folder. Choose the folder your sync tool keeps in step."),
    QT_TRANSLATE_NOOP("errors", "No single paired device is {device!r}; `sync status` lists them."),
    QT_TRANSLATE_NOOP("errors", "Syncing stopped: a change from another computer does not fit the records here "
                                "({error}). Nothing was changed; `sync conflicts` and `sync status` show the state."),
    QT_TRANSLATE_NOOP("errors", "The sync folder {folder} is not there (a drive not connected?). Nothing was "
                                "changed."),
    QT_TRANSLATE_NOOP("errors", "No conflict #{id}; `sync conflicts` lists them."),
)

# Messages written whole: errors.py's defaults and every fixed message raised outside the command line and the app
# (tests/gui/test_error_messages.py checks that none is missing).
FIXED = (
    QT_TRANSLATE_NOOP("errors", "Wrong password. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "Your records are locked. Unlock them first."),
    QT_TRANSLATE_NOOP("errors", "Your records are busy in another window. Nothing was changed; try again."),
    QT_TRANSLATE_NOOP("errors", "That recovery key does not open these records. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The current password is wrong. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "That recovery key does not open this backup. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The timer is not running."),
    QT_TRANSLATE_NOOP("errors", "The entry ends in the future; log work once it is done, or use the timer."),
    QT_TRANSLATE_NOOP("errors", "Breaks must be shorter than the entry itself."),
    QT_TRANSLATE_NOOP("errors", "An entry is linked to a payment; remove that link first. Nothing was deleted."),
    QT_TRANSLATE_NOOP("errors", "This is one of the 10,000 most common passwords, the first ones anyone who has your "
                                "files tries. Choose another: a few unrelated words make a strong password. Nothing "
                                "was changed."),
    # The rest of the messages the services, the records and the files raise whole
    QT_TRANSLATE_NOOP("errors", "Wrong password for this backup: it opens with the password you had when it was made, "
                                "or with your recovery key. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "This restore was already finished or thrown away; nothing was changed. Start it "
                                "again."),
    QT_TRANSLATE_NOOP("errors", "Your records are still open here. Lock them, then restore again. Nothing was "
                                "changed."),
    QT_TRANSLATE_NOOP("errors", "Your records are open in another window. Close it, then restore again. Nothing was "
                                "changed."),
    QT_TRANSLATE_NOOP("errors", "This backup was made by a newer version of Contractor Ledger; update the app to open "
                                "it. Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "A rate of zero is not a rate; leave the rate out if the work is unpaid."),
    QT_TRANSLATE_NOOP("errors", "The mapping needs start=COLUMN."),
    QT_TRANSLATE_NOOP("errors", "The mapping needs end=COLUMN or duration=COLUMN."),
    QT_TRANSLATE_NOOP("errors", "This file is not a readable time-stamp response (.tsr): it is damaged, or something "
                                "else."),
    QT_TRANSLATE_NOOP("errors", "The time-stamp token does not carry its signer's certificate (ask the authority for "
                                "it with the request's certificate flag, which the app sets)."),
    QT_TRANSLATE_NOOP("errors", "The time-stamping authority is not one you trust: its certificate does not chain to "
                                "the CA file given (or the system's)."),
    QT_TRANSLATE_NOOP("errors", "This file is too large to be a time-stamp response."),
    QT_TRANSLATE_NOOP("errors", "The time-stamp token is not signed data."),
    QT_TRANSLATE_NOOP("errors", "The time-stamp token does not hold time-stamp information."),
    QT_TRANSLATE_NOOP("errors", "This time stamp is for something else: its message imprint is not this anchor's."),
    QT_TRANSLATE_NOOP("errors", "A time-stamp token has exactly one signer; this one does not."),
    QT_TRANSLATE_NOOP("errors", "The certificate that signed this time stamp is not one for time-stamping."),
    QT_TRANSLATE_NOOP("errors", "The time-stamping certificate was not valid at the time it stamped."),
    QT_TRANSLATE_NOOP("errors", "The time stamp's signature covers no signed attributes."),
    QT_TRANSLATE_NOOP("errors", "The time stamp's signed attributes do not name time-stamp information."),
    QT_TRANSLATE_NOOP("errors", "The time stamp was altered: its information does not match what was signed."),
    QT_TRANSLATE_NOOP("errors", "No system certificate bundle was found: give the authority's CA file with --ca."),
    QT_TRANSLATE_NOOP("errors", "The time stamp's signature does not verify: it was altered or forged."),
    QT_TRANSLATE_NOOP("errors", "The time stamp is signed with a kind of key this app does not accept."),
    QT_TRANSLATE_NOOP("errors", "This file is too large to be a Contractor Ledger report."),
    QT_TRANSLATE_NOOP("errors", "This file does not carry a Contractor Ledger signature: it was altered, or not made "
                                "by Contractor Ledger."),
    QT_TRANSLATE_NOOP("errors", "The report's signed data is not what Contractor Ledger writes: it was not made by "
                                "it."),
    QT_TRANSLATE_NOOP("errors", "The report's signed data is unreadable: the file was altered."),
    QT_TRANSLATE_NOOP("errors", "The report was altered after it was made: its signature does not match."),
    QT_TRANSLATE_NOOP("errors", "It cannot have been received before it was sent."),
    QT_TRANSLATE_NOOP("errors", "Say what the answer left out: the follow-up letter names it."),
    QT_TRANSLATE_NOOP("errors", "A complete answer has nothing missing; leave out what was missing, or mark it "
                                "incomplete."),
    QT_TRANSLATE_NOOP("errors", "A bonus is a positive amount; record a reduction as an adjustment."),
    QT_TRANSLATE_NOOP("errors", "An adjustment of zero changes nothing."),
    QT_TRANSLATE_NOOP("errors", "This time stamp is for none of your anchors: it stamps something else."),
    QT_TRANSLATE_NOOP("errors", "A new password can only be set when restoring with the recovery key."),
    QT_TRANSLATE_NOOP("errors", "The bundle's file name must end in .zip."),
    QT_TRANSLATE_NOOP("errors", "Capture evidence works while the timer runs; start the timer first."),
    QT_TRANSLATE_NOOP("errors", "The screen image is not a PNG image; nothing was kept."),
    QT_TRANSLATE_NOOP("errors", "A client needs a name; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "Payment terms must be between 0 and 365 days; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The workweek starts on a day from Monday (0) to Sunday (6)."),
    QT_TRANSLATE_NOOP("errors", "A contract file can only be linked while the contract is marked as on file."),
    QT_TRANSLATE_NOOP("errors", "A client needs a name."),
    QT_TRANSLATE_NOOP("errors", "Payment terms must be between 0 and 365 days."),
    QT_TRANSLATE_NOOP("errors", "A workday starts between 00:01 and 23:59, or at midnight."),
    QT_TRANSLATE_NOOP("errors", "An engagement needs a name, such as the project or contract; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "A rate must be more than zero; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "The platform fee is a percentage from 0 to 100; nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "Name the unit of work with one word, such as task or item."),
    QT_TRANSLATE_NOOP("errors", "The timer would stop before it started, or ran less than a second; check the time."),
    QT_TRANSLATE_NOOP("errors", "Say which link to take off: a client, an entry, a payment, an invoice or an "
                                "incident."),
    QT_TRANSLATE_NOOP("errors", "Evidence needs a name, e.g. contract.pdf."),
    QT_TRANSLATE_NOOP("errors", "Evidence given as bytes needs a name."),
    QT_TRANSLATE_NOOP("errors", "Say what to link it to: a client, an entry, a payment, an invoice or an incident."),
    QT_TRANSLATE_NOOP("errors", "The expense date is in the future; record an expense once you have paid it."),
    QT_TRANSLATE_NOOP("errors", "An expense of zero costs nothing; give the amount you paid."),
    QT_TRANSLATE_NOOP("errors", "The client of a deleted expense no longer exists; it cannot be put back."),
    QT_TRANSLATE_NOOP("errors", "A generic CSV import needs --source NAME: its column mapping is saved under it."),
    QT_TRANSLATE_NOOP("errors", "Nothing to change: give a new status, the steps you took, the costs or the time "
                                "spent."),
    QT_TRANSLATE_NOOP("errors", "Costs need a currency, e.g. USD or EUR."),
    QT_TRANSLATE_NOOP("errors", "Give the time spent in whole minutes."),
    QT_TRANSLATE_NOOP("errors", "The time spent cannot be negative."),
    QT_TRANSLATE_NOOP("errors", "Name the company involved (or the client it concerns)."),
    QT_TRANSLATE_NOOP("errors", "A currency was given without the costs; give the amount too, or no currency."),
    QT_TRANSLATE_NOOP("errors", "An invoice covers a period with both ends: FROM..TO."),
    QT_TRANSLATE_NOOP("errors", "The due date is before the work it bills was finished."),
    QT_TRANSLATE_NOOP("errors", "A payment is linked to this invoice; it cannot move to another client. Nothing was "
                                "changed."),
    QT_TRANSLATE_NOOP("errors", "A payment is linked to this invoice; edit that payment first. Nothing was deleted."),
    QT_TRANSLATE_NOOP("errors", "That statement payment is already matched; undo that match first."),
    QT_TRANSLATE_NOOP("errors", "That match was changed since; nothing was undone."),
    QT_TRANSLATE_NOOP("errors", "The payment date is in the future; record a payment once it has arrived."),
    QT_TRANSLATE_NOOP("errors", "Fees and deductions add up to more than the amount paid."),
    QT_TRANSLATE_NOOP("errors", "This payment is linked to entries of its client; it cannot move to another client. "
                                "Nothing was changed."),
    QT_TRANSLATE_NOOP("errors", "Name at least one kind of data you handled, e.g. audio recordings or chat logs."),
    QT_TRANSLATE_NOOP("errors", "Name the tool or system that collected it, e.g. Hubstaff, or \"unknown\"."),
    QT_TRANSLATE_NOOP("errors", "The report's signed data is incomplete."),
    QT_TRANSLATE_NOOP("errors", "A minimum wage must be a positive amount with at most 4 decimal places."),
    QT_TRANSLATE_NOOP("errors", "Give the first and last day to share (--from and --to)."),
    QT_TRANSLATE_NOOP("errors", "A payments-csv import needs --source NAME: its column mapping is saved under it."),
    QT_TRANSLATE_NOOP("errors", "No device in that folder opens with this pairing code: check the code (`sync code` "
                                "shows it on the first computer) and that the folder is the one it syncs. Nothing was "
                                "changed."),
    QT_TRANSLATE_NOOP("errors", "Say which computer to remove: its name or id, as `sync status` lists them."),
    QT_TRANSLATE_NOOP("errors", "Give this computer a short name (up to 60 characters), e.g. \"laptop\"."),
    QT_TRANSLATE_NOOP("errors", "Choose which version to keep: mine or theirs."),
    QT_TRANSLATE_NOOP("errors", "No sync folder is set up on this computer: `sync setup FOLDER` on the first computer, "
                                "`sync join FOLDER --code CODE` on the others."),
    QT_TRANSLATE_NOOP("errors", "That is not a pairing code: it is 52 letters and digits in groups of four, shown on "
                                "the first computer by `sync code`."),
    QT_TRANSLATE_NOOP("errors", "This computer already uses a sync folder; `sync status` shows it."),
    QT_TRANSLATE_NOOP("errors", "A trip's distance is more than zero."),
    QT_TRANSLATE_NOOP("errors", "The trip date is in the future; record a trip once you have made it."),
    QT_TRANSLATE_NOOP("errors", "The client of a deleted trip no longer exists; it cannot be put back."),
    QT_TRANSLATE_NOOP("errors", "That is not a recovery key: it has 32 letters and digits in groups of four."),
    QT_TRANSLATE_NOOP("errors", "These records were made by a newer version of Contractor Ledger; update the app."),
    QT_TRANSLATE_NOOP("errors", "Your records are open twice here. Close the other one, then try again. Nothing was "
                                "changed."),
    QT_TRANSLATE_NOOP("errors", "Your records are open in another window. Close it, then try again. Nothing was "
                                "changed."),
)

# The fixed words that fill a template's phrase fields: which part of a file is damaged, and why.
PHRASES = (
    QT_TRANSLATE_NOOP("errors", "page {number}"),  # store/engine.py names a damaged page
    QT_TRANSLATE_NOOP("errors", "damaged: {what}"),  # a problem of the records check (store/vault.py)
    QT_TRANSLATE_NOOP("errors", "{problem} ({count} problem(s) in all)."),  # a restore's first problem (backup/)
    QT_TRANSLATE_NOOP("errors", "header"),
    QT_TRANSLATE_NOOP("errors", "contents"),
    QT_TRANSLATE_NOOP("errors", "cut short"),
    QT_TRANSLATE_NOOP("errors", "start of file"),
    QT_TRANSLATE_NOOP("errors", "end of file"),
    QT_TRANSLATE_NOOP("errors", "extra bytes at the end"),
    QT_TRANSLATE_NOOP("errors", "key file"),
    QT_TRANSLATE_NOOP("errors", "key file missing"),
    QT_TRANSLATE_NOOP("errors", "database"),
    QT_TRANSLATE_NOOP("errors", "database file missing"),
    QT_TRANSLATE_NOOP("errors", "database structure"),
    QT_TRANSLATE_NOOP("errors", "truncated file"),
    QT_TRANSLATE_NOOP("errors", "restore journal"),
    QT_TRANSLATE_NOOP("errors", "It is not readable."),
    QT_TRANSLATE_NOOP("errors", "Its checksum does not match."),
    QT_TRANSLATE_NOOP("errors", "It is not a Contractor Ledger backup header."),
    QT_TRANSLATE_NOOP("errors", "A field is missing or malformed."),
    QT_TRANSLATE_NOOP("errors", "It does not start like a Contractor Ledger backup."),
    QT_TRANSLATE_NOOP("errors", "The file ends inside its header."),
    QT_TRANSLATE_NOOP("errors", "The file ends early; copying or syncing it may not have finished."),
    QT_TRANSLATE_NOOP("errors", "Something was added after its last part."),
    QT_TRANSLATE_NOOP("errors", "Its end does not belong to its header."),
    QT_TRANSLATE_NOOP("errors", "Its stated length is impossible."),
    QT_TRANSLATE_NOOP("errors", "Its key settings are missing or out of range."),
    QT_TRANSLATE_NOOP("errors", "Its list of contents is malformed."),
    QT_TRANSLATE_NOOP("errors", "Its list of contents fails its check."),
    QT_TRANSLATE_NOOP("errors", "It fails its check."),
    QT_TRANSLATE_NOOP("errors", "The database inside differs from the one that was backed up."),
    QT_TRANSLATE_NOOP("errors", "Its date is not a date."),
    QT_TRANSLATE_NOOP("errors", "It is far larger than a key file."),
    QT_TRANSLATE_NOOP("errors", "It is not a readable key file."),
    QT_TRANSLATE_NOOP("errors", "The database is there but its key file is not."),
    QT_TRANSLATE_NOOP("errors", "The key file is there but the database is not."),
    QT_TRANSLATE_NOOP("errors", "Its record of the latest change fails its check."),
    QT_TRANSLATE_NOOP("errors", "Its schema version is missing."),
    QT_TRANSLATE_NOOP("errors", "An upgrade would break links between records."),
    QT_TRANSLATE_NOOP("errors", "it is a symbolic link; give the answer's zip or folder itself"),
    QT_TRANSLATE_NOOP("errors", "unreadable"),
    # Which amount a number was for, which record a message is about, and advice added to a message
    QT_TRANSLATE_NOOP("errors", "Amount"),
    QT_TRANSLATE_NOOP("errors", "Rate"),
    QT_TRANSLATE_NOOP("errors", "Fees"),
    QT_TRANSLATE_NOOP("errors", "Deductions"),
    QT_TRANSLATE_NOOP("errors", "Costs"),
    QT_TRANSLATE_NOOP("errors", "Fixed price"),
    QT_TRANSLATE_NOOP("errors", "Units"),
    QT_TRANSLATE_NOOP("errors", "entry"),
    QT_TRANSLATE_NOOP("errors", "payment"),
    QT_TRANSLATE_NOOP("errors", "invoice"),
    QT_TRANSLATE_NOOP("errors", "expense"),
    QT_TRANSLATE_NOOP("errors", "trip"),
    QT_TRANSLATE_NOOP("errors", "incident"),
    QT_TRANSLATE_NOOP("errors", "data record"),
    QT_TRANSLATE_NOOP("errors", " Close it instead if it is over."),
    # Which field or record a message is about
    QT_TRANSLATE_NOOP("errors", "client"),
    QT_TRANSLATE_NOOP("errors", "engagement"),
    QT_TRANSLATE_NOOP("errors", "evidence"),
    QT_TRANSLATE_NOOP("errors", "The address"),
    QT_TRANSLATE_NOOP("errors", "The contact"),
    QT_TRANSLATE_NOOP("errors", "The engagement's name"),
    QT_TRANSLATE_NOOP("errors", "The legal name"),
    QT_TRANSLATE_NOOP("errors", "The name"),
    QT_TRANSLATE_NOOP("errors", "The note"),
    QT_TRANSLATE_NOOP("errors", "Your id on the platform"),
    QT_TRANSLATE_NOOP("errors", "Expense"),
    QT_TRANSLATE_NOOP("errors", "Invoice"),
    QT_TRANSLATE_NOOP("errors", "Payment"),
    QT_TRANSLATE_NOOP("errors", "Trip"),
    QT_TRANSLATE_NOOP("errors", "Entry"),
    # Why a file could not be written
    QT_TRANSLATE_NOOP("errors", "not writable"),
    # The kinds of record evidence can be linked to, as the command line names them
    QT_TRANSLATE_NOOP("errors", "data"),
    QT_TRANSLATE_NOOP("errors", "access-request"),
    QT_TRANSLATE_NOOP("errors", "timer"),
    # Privacy records: which field a message is about, and which way data went
    QT_TRANSLATE_NOOP("errors", "handled"),
    QT_TRANSLATE_NOOP("errors", "collected"),
    QT_TRANSLATE_NOOP("errors", "A data category"),
    QT_TRANSLATE_NOOP("errors", "A kind of data"),
    QT_TRANSLATE_NOOP("errors", "Consent"),
    QT_TRANSLATE_NOOP("errors", "How it was sent"),
    QT_TRANSLATE_NOOP("errors", "Monitoring type"),
    QT_TRANSLATE_NOOP("errors", "Sensitivity"),
    QT_TRANSLATE_NOOP("errors", "Status"),
    QT_TRANSLATE_NOOP("errors", "The company's name"),
    QT_TRANSLATE_NOOP("errors", "The data involved"),
    QT_TRANSLATE_NOOP("errors", "The kind of incident"),
    QT_TRANSLATE_NOOP("errors", "The law"),
    QT_TRANSLATE_NOOP("errors", "The reason given"),
    QT_TRANSLATE_NOOP("errors", "The steps taken"),
    QT_TRANSLATE_NOOP("errors", "The tool"),
    QT_TRANSLATE_NOOP("errors", "What was missing"),
    QT_TRANSLATE_NOOP("errors", "What you were told about retention"),
    QT_TRANSLATE_NOOP("errors", "Whose data"),
    # Why a file was refused or is damaged, with its names and numbers (errors.Phrase)
    QT_TRANSLATE_NOOP("errors", "part {number} of {count}"),
    QT_TRANSLATE_NOOP("errors", "evidence #{id}"),
    QT_TRANSLATE_NOOP("errors", "data record #{id}"),
    QT_TRANSLATE_NOOP("errors", "invoice {number}"),
    QT_TRANSLATE_NOOP("errors", "payment #{id}"),
    QT_TRANSLATE_NOOP("errors", "incident #{id}"),
    QT_TRANSLATE_NOOP("errors", "{name!r} no longer matches the SHA-256 fingerprint taken when it was added; nothing "
                                "was written. Run `verify`."),
    QT_TRANSLATE_NOOP("errors", "Its checksum does not match (or it was made by a newer version of Contractor "
                                "Ledger)."),
    QT_TRANSLATE_NOOP("errors", "it holds more than {most:,} entries"),
    QT_TRANSLATE_NOOP("errors", "it holds more than {most:,} files"),
    QT_TRANSLATE_NOOP("errors", "{entry!r} is a symbolic link"),
    QT_TRANSLATE_NOOP("errors", "{entry!r} is encrypted; ask for the answer without a password"),
    QT_TRANSLATE_NOOP("errors", "{entry!r} is not a regular file"),
    QT_TRANSLATE_NOOP("errors", "{entry!r} is larger than {mb} MB"),
    QT_TRANSLATE_NOOP("errors", "its files come to more than {mb} MB"),
    QT_TRANSLATE_NOOP("errors", "the entry {entry!r} points outside the archive"),
    QT_TRANSLATE_NOOP("errors", "it nests elements more than {most} deep"),
    QT_TRANSLATE_NOOP("errors", "it has more than {most:,} track points"),
    QT_TRANSLATE_NOOP("errors", "a track point has a coordinate that is not a number ({value!r})"),
    QT_TRANSLATE_NOOP("errors", "a track point's coordinate {number} is out of range"),
    QT_TRANSLATE_NOOP("errors", "a track point's time is not a date and time ({value!r})"),
    QT_TRANSLATE_NOOP("errors", "it is not a GPX file (its root element is not <gpx>)"),
    QT_TRANSLATE_NOOP("errors", "it declares a DOCTYPE, which a GPX file never needs"),
    QT_TRANSLATE_NOOP("errors", "it declares entities"),
    QT_TRANSLATE_NOOP("errors", "it declares notations"),
    QT_TRANSLATE_NOOP("errors", "it refers to an external entity"),
    # What a round of syncing left waiting or refused (services/sync.py), and why a change file was refused
    QT_TRANSLATE_NOOP("errors", "device {device}: its hello file is still arriving"),
    QT_TRANSLATE_NOOP("errors", "files of device {device} ({why}): it is not paired with this computer"),
    QT_TRANSLATE_NOOP("errors", "{device}'s file {number} is still arriving; it is read once whole"),
    QT_TRANSLATE_NOOP("errors", "{device}'s file {number}: {why}. Its later files wait behind it."),
    QT_TRANSLATE_NOOP("errors", "{device} removed this computer from the sync folder: it no longer reads this "
                                "computer's files. Set up syncing again to pair."),
    QT_TRANSLATE_NOOP("errors", "it holds records of a kind this version does not know ({kind}); update the app on "
                                "this computer"),
    QT_TRANSLATE_NOOP("errors", "a change refers to a {entity} record this computer has not received"),
    QT_TRANSLATE_NOOP("errors", "a change is malformed ({error})"),
    QT_TRANSLATE_NOOP("errors", "not a sync file of this app"),
    QT_TRANSLATE_NOOP("errors", "longer than its header says"),
    QT_TRANSLATE_NOOP("errors", "it does not open with this folder's sync key (a device not paired, or a damaged "
                                "file)"),
    QT_TRANSLATE_NOOP("errors", "its content is not readable"),
    QT_TRANSLATE_NOOP("errors", "its signature is not that of the device it names"),
    QT_TRANSLATE_NOOP("errors", "its hello file names another device"),
    QT_TRANSLATE_NOOP("errors", "it names another device or number"),
    QT_TRANSLATE_NOOP("errors", "its changes are not a list"),
    QT_TRANSLATE_NOOP("errors", "a change is malformed"),
)

class _Grouping(string.Formatter):
    """``str.format`` with one difference: a whole number formatted with ``,`` is grouped as the worker's language
    groups it (QLocale: "20.000", "20 000"); with no language chosen (the C locale) it keeps the English comma."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "," and isinstance(value, int) and not isinstance(value, bool):
            locale = QLocale()
            if locale.language() != QLocale.Language.C:
                return locale.toString(value)
        return super().format_field(value, format_spec)


_FORMAT = _Grouping()


def phrase(text: str | Phrase) -> str:
    """A fixed English word or sentence of the services ("header", "part {number} of {count}" with its numbers put
    in), in the worker's language when it has one. A Phrase's own Phrase fields are said the same way."""
    if isinstance(text, Phrase):
        fields = {name: phrase(value) if isinstance(value, Phrase) else value for name, value in text.fields.items()}
        try:
            return _FORMAT.format(QCoreApplication.translate(CONTEXT, text.template), **fields)
        except (KeyError, IndexError, ValueError):  # a translation that lost or misspelt a field
            return str(text)
    return QCoreApplication.translate(CONTEXT, text)


def translated(error: LedgerError) -> str:
    """``error``'s message in the worker's language: its template translated, then its fields put in."""
    if not error.template:
        return phrase(str(error))
    fields = {name: phrase(value) if isinstance(value, Phrase) or (name in error.phrases and isinstance(value, str)
                                                                   and value) else value
              for name, value in error.fields.items()}
    try:
        return _FORMAT.format(phrase(error.template), **fields)
    except (KeyError, IndexError, ValueError):  # a translation that lost or misspelt a field
        return str(error)
