"""Language packs: the vocabulary claimrec reads, as data files (``lang/en/`` for English)."""

__all__: list[str] = []
