"""The RDF store and the mapping of ingest records to RDF."""
