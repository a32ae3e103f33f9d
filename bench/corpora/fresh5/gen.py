"""Write the fresh5 corpus: ``python bench/corpora/gen.py fresh5 [--seed SEED] [--out DIR] [--negatives FILE]``.

Its templates are files_*.py and its values values.py; the render-and-write loop is bench/corpora/render.py.
See README.md.
"""
from __future__ import annotations

import os

from corpora import render

from . import files_app, files_iac, files_ops
from .values import Values, install_keys

HERE = os.path.dirname(os.path.abspath(__file__))


def templates() -> list:
    return render.templates(files_iac, files_app, files_ops)


def values(rng):
    vals = Values(rng)
    install_keys(vals, rng)
    return vals


def main(argv=None) -> int:
    return render.main("fresh5", HERE, templates, values, argv, mark_policy=True)
