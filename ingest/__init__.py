"""Ingest stages: read → clean → detect script → segment → metadata."""
