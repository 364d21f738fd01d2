"""A sync folder shared by the worker's devices: this device's part, the paired devices, stable record ids and
conflicts kept for the worker to choose.

Revision ID: 0010
Revises: 0009
"""

import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'sync_config',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('folder', sa.Text(), nullable=False),
        sa.Column('device_id', sa.Text(), nullable=False),
        sa.Column('device_name', sa.Text(), nullable=False),
        sa.Column('device_key', sa.LargeBinary(), nullable=False),
        sa.Column('sync_key', sa.LargeBinary(), nullable=False),
        sa.Column('exported_seq', sa.Integer(), nullable=False),
        sa.Column('next_file', sa.Integer(), nullable=False),
        sa.CheckConstraint('id = 1', name=op.f('ck_sync_config_single')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_config')),
    )
    op.create_table(
        'sync_devices',
        sa.Column('device_id', sa.Text(), nullable=False),
        sa.Column('name', sa.Text(), nullable=False),
        sa.Column('public_key', sa.Text(), nullable=False),
        sa.Column('paired_at', sa.Integer(), nullable=False),
        sa.Column('removed_at', sa.Integer(), nullable=True),
        sa.Column('applied_file', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('device_id', name=op.f('pk_sync_devices')),
    )
    op.create_table(
        'sync_records',
        sa.Column('uid', sa.Text(), nullable=False),
        sa.Column('entity', sa.Text(), nullable=False),
        sa.Column('local_id', sa.Integer(), nullable=False),
        sa.Column('synced_hash', sa.Text(), nullable=True),
        sa.Column('resolving', sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint('uid', name=op.f('pk_sync_records')),
    )
    with op.batch_alter_table('sync_records', schema=None) as batch_op:
        batch_op.create_index('ix_sync_records_entity_local', ['entity', 'local_id'], unique=False)
    op.create_table(
        'sync_conflicts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('entity', sa.Text(), nullable=False),
        sa.Column('uid', sa.Text(), nullable=False),
        sa.Column('local_id', sa.Integer(), nullable=True),
        sa.Column('remote_state', sa.Text(), nullable=True),
        sa.Column('remote_device', sa.Text(), nullable=False),
        sa.Column('found_at', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_conflicts')),
    )
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflicts_uid'), ['uid'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_conflicts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_conflicts_uid'))
    op.drop_table('sync_conflicts')
    with op.batch_alter_table('sync_records', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_records_entity_local')
    op.drop_table('sync_records')
    op.drop_table('sync_devices')
    op.drop_table('sync_config')
