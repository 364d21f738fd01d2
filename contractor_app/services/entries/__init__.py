"""Work entries: logging work, listing it with the flags a report must disclose, editing it, and the live
timer that logs it.

Flags: an entry that overlaps another (allowed: a worker may work for two platforms at once), one recorded
more than 24 h after the work ended, and one edited after it was recorded.

- ``details``: the read model (EntryDetails) and how rows become one, with their overlaps and conflicts, read in
  plain SQL that every piece below shares;
- ``log``: recording new entries, one or many, checked;
- ``listing``: a period's entries (`list`, exports, reports), in plain SQL: `list` loads no SQLAlchemy;
- ``queries``: paging, counting and totalling entries for the Entries view;
- ``edits``: changing, deleting and putting back entries (the desktop app's Entries view);
- ``timer``: the live timer, which logs an entry when stopped.
"""
