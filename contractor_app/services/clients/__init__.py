"""Clients (platforms, agencies) with their engagements and effective-dated pay terms, and the written
contract.

Every write is one audited change that either happens whole or not at all; bad input raises InvalidInput
with a sentence the worker can act on. Views and the CLI read plain dataclasses, never ORM rows.

- ``lookup``: finding a client or engagement by name or id inside a unit of work (every service uses it);
- ``names``: which client a typed name means, in plain SQL (``lookup`` and `list --client` share it);
- ``directory``: adding and listing clients, and the CLI's settings of one client by name;
- ``terms``: engagements and their pay terms history;
- ``details``: the Clients view's full record of a client, its edits and the written contract.
"""
