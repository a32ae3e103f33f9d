"""The holdout corpus generator (see README.md)."""
