"""Alembic environment: always run on the connection the vault passes in (keyed, inside its transaction)."""

from alembic import context

from contractor_app.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
