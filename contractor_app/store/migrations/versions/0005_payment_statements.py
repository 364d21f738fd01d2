"""Payment statements: imported statement lines (unique transaction ids per source), recorded exchange rates,
payer aliases, and a payment's other currency side when it was converted on the way.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.add_column(sa.Column('converted_amount', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('converted_currency', sa.Text(), nullable=True))
        batch_op.add_column(sa.Column('exchange_rate', sa.Text(), nullable=True))
    op.create_table(
        'statement_lines',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.Column('transaction_id', sa.Text(), nullable=False),
        sa.Column('file_name', sa.Text(), nullable=False),
        sa.Column('line', sa.Integer(), nullable=False),
        sa.Column('received_on', sa.Text(), nullable=False),
        sa.Column('gross', sa.Text(), nullable=False),
        sa.Column('fees', sa.Text(), nullable=False),
        sa.Column('currency', sa.Text(), nullable=False),
        sa.Column('converted_amount', sa.Text(), nullable=True),
        sa.Column('converted_currency', sa.Text(), nullable=True),
        sa.Column('exchange_rate', sa.Text(), nullable=True),
        sa.Column('payer_name', sa.Text(), nullable=True),
        sa.Column('payer_email', sa.Text(), nullable=True),
        sa.Column('reference', sa.Text(), nullable=True),
        sa.Column('period_from', sa.Text(), nullable=True),
        sa.Column('period_to', sa.Text(), nullable=True),
        sa.Column('payment_id', sa.Integer(), nullable=True),
        sa.Column('entered_at', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['payment_id'], ['payments.id'], name=op.f('fk_statement_lines_payment_id_payments')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_statement_lines')),
        sa.UniqueConstraint('source', 'transaction_id', name=op.f('uq_statement_lines_source')),
    )
    with op.batch_alter_table('statement_lines', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_lines_payment_id'), ['payment_id'], unique=False)
    op.create_table(
        'exchange_rates',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('on', sa.Text(), nullable=False),
        sa.Column('from_currency', sa.Text(), nullable=False),
        sa.Column('to_currency', sa.Text(), nullable=False),
        sa.Column('rate', sa.Text(), nullable=False),
        sa.Column('source', sa.Text(), nullable=False),
        sa.Column('entered_at', sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_rates')),
        sa.UniqueConstraint('source', name=op.f('uq_exchange_rates_source')),
    )
    op.create_table(
        'payer_aliases',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('alias', sa.Text(), nullable=False),
        sa.Column('client_id', sa.Integer(), nullable=False),
        sa.Column('entered_at', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['client_id'], ['clients.id'], name=op.f('fk_payer_aliases_client_id_clients')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_payer_aliases')),
        sa.UniqueConstraint('alias', name=op.f('uq_payer_aliases_alias')),
    )
    with op.batch_alter_table('payer_aliases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payer_aliases_client_id'), ['client_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('payer_aliases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payer_aliases_client_id'))
    op.drop_table('payer_aliases')
    op.drop_table('exchange_rates')
    with op.batch_alter_table('statement_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_lines_payment_id'))
    op.drop_table('statement_lines')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_column('exchange_rate')
        batch_op.drop_column('converted_currency')
        batch_op.drop_column('converted_amount')
