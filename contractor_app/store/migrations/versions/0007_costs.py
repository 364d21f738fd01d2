"""Costs: work-related expenses per client (optionally with a receipt kept as evidence), and the distance log
whose cost is the distance times the official per-distance rate.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'expenses',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('on', sa.Text(), nullable=False),
        sa.Column('amount', sa.Text(), nullable=False),
        sa.Column('currency', sa.Text(), nullable=False),
        sa.Column('kind', sa.Text(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('receipt_evidence_id', sa.Integer(), nullable=True),
        sa.Column('entered_at', sa.Integer(), nullable=False),
        sa.CheckConstraint("kind IN ('equipment', 'internet', 'software', 'platform fee', 'transfer fee', 'other')",
                           name=op.f('ck_expenses_kind')),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_expenses_client_id_clients')),
        sa.ForeignKeyConstraint(['receipt_evidence_id'], ['evidence.id'],
                                name=op.f('fk_expenses_receipt_evidence_id_evidence')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_expenses')),
    )
    with op.batch_alter_table('expenses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_expenses_client_id'), ['client_id'], unique=False)
    op.create_table(
        'trips',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('on', sa.Text(), nullable=False),
        sa.Column('distance', sa.Text(), nullable=False),
        sa.Column('unit', sa.Text(), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('entered_at', sa.Integer(), nullable=False),
        sa.CheckConstraint("unit IN ('km', 'mi')", name=op.f('ck_trips_unit')),
        sa.CheckConstraint("source IN ('manual', 'gpx')", name=op.f('ck_trips_source')),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_trips_client_id_clients')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_trips')),
    )
    with op.batch_alter_table('trips', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trips_client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('trips', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trips_client_id'))
    op.drop_table('trips')
    with op.batch_alter_table('expenses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_expenses_client_id'))
    op.drop_table('expenses')
