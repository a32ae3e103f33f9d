"""Write the fresh37 corpus: ``python bench/corpora/gen.py fresh37 [--seed SEED] [--out DIR] [--negatives FILE]``.

Templates: files_iac.py, files_app.py, files_devices.py, files_ops.py, files_clean.py; values: values.py; the render-and-write loop is the
shared bench/corpora/render.py. See README.md.
"""
from __future__ import annotations

import os

from corpora import render

from . import files_app, files_clean, files_devices, files_iac, files_ops
from .values import Values

HERE = os.path.dirname(os.path.abspath(__file__))


def templates() -> list:
    return render.templates(files_iac, files_app, files_devices, files_ops, files_clean)


def values(rng):
    return Values(rng)


def main(argv=None) -> int:
    return render.main("fresh37", HERE, templates, values, argv, mark_policy=True)
