"""The HTTP layer: a FastAPI application built from a store."""
