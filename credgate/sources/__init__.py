"""Sources turn what the user asked to scan into fragments (content + provenance)."""
