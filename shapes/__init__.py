"""SHACL shapes (data files)."""
