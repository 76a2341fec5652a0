"""The embedded default corpus (data files)."""
