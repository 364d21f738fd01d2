"""Desktop app part 2: the evidence file holding a client's contract; an incident's costs and time spent.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.add_column(sa.Column('contract_evidence_id', sa.Integer(), nullable=True))
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('costs', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('costs_currency', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('time_spent_minutes', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('incidents', schema=None) as batch_op:
        batch_op.drop_column('time_spent_minutes')
        batch_op.drop_column('costs_currency')
        batch_op.drop_column('costs')
    with op.batch_alter_table('clients', schema=None) as batch_op:
        batch_op.drop_column('contract_evidence_id')
