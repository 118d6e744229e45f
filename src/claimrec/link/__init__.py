"""Stage 3: link reports into events (event profiles, blocking, matchers, clustering)."""

__all__: list[str] = []
