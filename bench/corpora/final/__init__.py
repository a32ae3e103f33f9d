"""The final corpus generator (see README.md)."""
