"""Time anchors (issue 16): the records' state, day by day, as a code the worker sends outside their control, where
each was sent, and the RFC 3161 time stamps over them.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'anchors',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('day', sa.Text(), nullable=False),
        sa.Column('seq', sa.Integer(), nullable=False),
        sa.Column('head', sa.Text(), nullable=False),
        sa.Column('code', sa.Text(), nullable=False),
        sa.Column('sha256', sa.Text(), nullable=False),
        sa.Column('created_at', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_anchors')),
        sa.UniqueConstraint('seq', name=op.f('uq_anchors_seq')),
        sa.UniqueConstraint('sha256', name=op.f('uq_anchors_sha256')),
    )
    op.create_table(
        'anchor_sendings',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('anchor_id', sa.Integer(), nullable=False),
        sa.Column('how', sa.Text(), nullable=False),
        sa.Column('recipient', sa.Text(), nullable=True),
        sa.Column('at', sa.Integer(), nullable=False),
        sa.CheckConstraint("how IN ('email', 'copy', 'print')", name=op.f('ck_anchor_sendings_how')),
        sa.ForeignKeyConstraint(['anchor_id'], ['anchors.id'], name=op.f('fk_anchor_sendings_anchor_id_anchors')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_anchor_sendings')),
    )
    with op.batch_alter_table('anchor_sendings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_anchor_sendings_anchor_id'), ['anchor_id'], unique=False)
    op.create_table(
        'anchor_timestamps',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('anchor_id', sa.Integer(), nullable=False),
        sa.Column('stamped_at', sa.Integer(), nullable=False),
        sa.Column('authority', sa.Text(), nullable=False),
        sa.Column('serial', sa.Text(), nullable=False),
        sa.Column('response', sa.Text(), nullable=False),
        sa.Column('sha256', sa.Text(), nullable=False),
        sa.Column('imported_at', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['anchor_id'], ['anchors.id'], name=op.f('fk_anchor_timestamps_anchor_id_anchors')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_anchor_timestamps')),
        sa.UniqueConstraint('sha256', name=op.f('uq_anchor_timestamps_sha256')),
    )
    with op.batch_alter_table('anchor_timestamps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_anchor_timestamps_anchor_id'), ['anchor_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('anchor_timestamps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_anchor_timestamps_anchor_id'))
    op.drop_table('anchor_timestamps')
    with op.batch_alter_table('anchor_sendings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_anchor_sendings_anchor_id'))
    op.drop_table('anchor_sendings')
    op.drop_table('anchors')
