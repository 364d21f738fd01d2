"""Data-access requests: when each was sent and how, the answer (complete or not, what was missing), an extension.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'access_requests',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('law', sa.Text(), nullable=False),
        sa.Column('sent_on', sa.Text(), nullable=False),
        sa.Column('sent_via', sa.Text(), nullable=False),
        sa.Column('received_on', sa.Text(), nullable=True),
        sa.Column('answered_on', sa.Text(), nullable=True),
        sa.Column('complete', sa.Boolean(), nullable=True),
        sa.Column('missing', sa.Text(), nullable=True),
        sa.Column('extended_on', sa.Text(), nullable=True),
        sa.Column('extension_reason', sa.Text(), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('entered_at', sa.Integer(), nullable=False),
        sa.CheckConstraint("law IN ('gdpr', 'uk-gdpr', 'ccpa')", name=op.f('ck_access_requests_law')),
        sa.CheckConstraint("sent_via IN ('email', 'post', 'web-form', 'in-app')",
                           name=op.f('ck_access_requests_sent_via')),
        sa.CheckConstraint('(answered_on IS NULL) = (complete IS NULL)', name=op.f('ck_access_requests_answer')),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_access_requests_client_id_clients')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_access_requests')),
    )
    with op.batch_alter_table('access_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_access_requests_client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('access_requests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_access_requests_client_id'))
    op.drop_table('access_requests')
