"""What every section module shares: the type of a section's fields."""

from __future__ import annotations

from typing import Any

Context = dict[str, Any]
