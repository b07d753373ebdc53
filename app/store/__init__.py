"""Persistence: SQLAlchemy ORM, Alembic migrations, the workspace folder."""
