"""Write the fresh12 corpus: ``python bench/corpora/gen.py fresh12 [--seed SEED] [--out DIR] [--negatives FILE]``.

Templates: files_cfn.py, files_tf.py, files_deploy.py, files_media.py, files_app.py, files_ops.py; values:
values.py; the render-and-write loop is the shared bench/corpora/render.py. See README.md.
"""
from __future__ import annotations

import os

from corpora import render

from . import files_app, files_cfn, files_deploy, files_media, files_ops, files_tf
from .values import Values

HERE = os.path.dirname(os.path.abspath(__file__))


def templates() -> list:
    return render.templates(files_cfn, files_tf, files_deploy, files_media, files_app, files_ops)


def values(rng):
    return Values(rng)


def main(argv=None) -> int:
    return render.main("fresh12", HERE, templates, values, argv, mark_policy=True)
