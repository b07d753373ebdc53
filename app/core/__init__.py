"""Pure domain: dataclasses and pure functions (no Qt, no SQLAlchemy, no subprocess)."""
