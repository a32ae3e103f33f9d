"""The blind corpus generator (see README.md)."""
