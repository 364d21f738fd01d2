"""Evidence bytes last: the `evidence` table rebuilt with `content` after every other column.

SQLite stores a row's columns in order, and a file's bytes spill onto overflow pages; with `content` before
`added_at` and `note`, every query reading those (each listing, the records check, a backup's check) walked the
whole file to reach them (issue 18). Every row is copied as it is, ids and bytes included; the audit chain does not
cover column order, so it is unchanged.

Revision ID: 0011
Revises: 0010
"""

from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None

_BYTES_LAST = ('id', 'name', 'media_type', 'size', 'sha256', 'added_at', 'note', 'content')
_BYTES_BEFORE_ADDED_AT = ('id', 'name', 'media_type', 'size', 'sha256', 'content', 'added_at', 'note')


def upgrade() -> None:
    with op.batch_alter_table('evidence', recreate='always', partial_reordering=[_BYTES_LAST]):
        pass


def downgrade() -> None:
    with op.batch_alter_table('evidence', recreate='always', partial_reordering=[_BYTES_BEFORE_ADDED_AT]):
        pass
