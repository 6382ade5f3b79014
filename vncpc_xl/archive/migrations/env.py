"""Alembic environment of the archive: runs on the connection `vncpc_xl.archive.db` hands over."""

from __future__ import annotations

from alembic import context

from vncpc_xl.archive.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
