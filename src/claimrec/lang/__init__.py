"""Language packs: the vocabulary of news writing as data files, one folder per language."""

__all__: list[str] = []
