"""The policykg OWL ontology and JSON-LD context (data files)."""
