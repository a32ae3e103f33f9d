"""Labelled corpora for measuring precision and recall (see README.md)."""
