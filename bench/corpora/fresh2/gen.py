"""Write the fresh2 corpus: ``python bench/corpora/gen.py fresh2 [--seed SEED] [--out DIR] [--negatives FILE]``.

Its templates are files_*.py and its values values.py; the render-and-write loop is bench/corpora/render.py.
See README.md.
"""
from __future__ import annotations

import os

from corpora import render

from . import files_data, files_infra, files_app
from .values import KeyMaker, Values, install_keys

HERE = os.path.dirname(os.path.abspath(__file__))


def templates() -> list:
    return render.templates(files_data, files_infra, files_app)


def values(rng):
    vals = Values(rng)
    install_keys(vals, KeyMaker(rng))
    return vals


def main(argv=None) -> int:
    return render.main("fresh2", HERE, templates, values, argv)
