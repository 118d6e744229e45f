"""The English language pack (data files only)."""

__all__: list[str] = []
