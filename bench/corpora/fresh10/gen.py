"""Write the fresh10 corpus: ``python bench/corpora/gen.py fresh10 [--seed SEED] [--out DIR] [--negatives FILE]``.

Templates: files_iac.py, files_iac2.py, files_app.py, files_ops.py; values: values.py; the render-and-write loop is the
shared bench/corpora/render.py. See README.md.
"""
from __future__ import annotations

import os

from corpora import render

from . import files_app, files_iac, files_iac2, files_ops
from .values import Values

HERE = os.path.dirname(os.path.abspath(__file__))


def templates() -> list:
    return render.templates(files_iac, files_iac2, files_app, files_ops)


def values(rng):
    return Values(rng)


def main(argv=None) -> int:
    return render.main("fresh10", HERE, templates, values, argv, mark_policy=True)
