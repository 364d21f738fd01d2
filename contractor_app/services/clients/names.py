"""Which client a name the worker typed means, in plain SQL over a DB-API connection: `list --client` asks it
without loading SQLAlchemy (issue 18), and ``lookup`` asks it for every unit of work, so the rule is written once."""

from __future__ import annotations

from ...errors import NotFound
from ...store.engine import Connection


def client_id_named(conn: Connection, name: str) -> int | None:
    """The id of the client named ``name`` exactly, in any case."""
    row = conn.execute("SELECT id FROM clients WHERE lower(name) = ? LIMIT 1", (name.lower(),)).fetchone()
    return None if row is None else int(row[0])


def client_id_meant(conn: Connection, name: str) -> int:
    """The client named ``name`` (any case), or the only one whose name starts with it, so "acme" finds "Acme
    Labeling"; NotFound naming the known clients otherwise."""
    wanted = name.strip()
    found = client_id_named(conn, wanted)
    if found is None and wanted:
        starting = [cid for cid, cname in conn.execute("SELECT id, name FROM clients")
                    if cname.lower().startswith(wanted.lower())]
        found = starting[0] if len(starting) == 1 else None
    if found is None:
        known = [cname for (cname,) in conn.execute("SELECT name FROM clients ORDER BY name")]
        if known:
            raise NotFound.said("No client named {name!r}. Known clients: {known}.", name=name, known=", ".join(known))
        raise NotFound.said("No client named {name!r}. Add one with `client add`.", name=name)
    return found
