#!/usr/bin/env python3
"""Write one labelled corpus: ``python bench/corpora/gen.py NAME [--seed SEED] [--out DIR]``.

NAME is holdout, blind, final, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, fresh33, fresh34, fresh35, fresh36 or fresh37 (see README.md). With its default
seed each writes the bytes committed under tests/fixtures/ (tests/perf/test_corpora.py checks it); ``--seed random`` gives fresh values.
"""
from __future__ import annotations

import importlib
import os
import sys

sys.dont_write_bytecode = True
BENCH = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REPO = os.path.dirname(BENCH)
CORPORA = {"holdout": "corpus_holdout", "blind": "corpus_blind", "final": "corpus_final", "fresh": "corpus_fresh",
           "fresh2": "corpus_fresh2", "fresh3": "corpus_fresh3", "fresh4": "corpus_fresh4",
           "fresh5": "corpus_fresh5", "fresh6": "corpus_fresh6", "fresh7": "corpus_fresh7",
           "fresh8": "corpus_fresh8", "fresh9": "corpus_fresh9", "fresh10": "corpus_fresh10",
           "fresh11": "corpus_fresh11", "fresh12": "corpus_fresh12",
           "fresh13": "corpus_fresh13",
           "fresh14": "corpus_fresh14",
           "fresh15": "corpus_fresh15",
           "fresh16": "corpus_fresh16",
           "fresh17": "corpus_fresh17",
           "fresh18": "corpus_fresh18",
           "fresh19": "corpus_fresh19",
           "fresh20": "corpus_fresh20",
           "fresh21": "corpus_fresh21",
           "fresh22": "corpus_fresh22",
           "fresh23": "corpus_fresh23",
           "fresh24": "corpus_fresh24",
           "fresh25": "corpus_fresh25",
           "fresh26": "corpus_fresh26",
           "fresh27": "corpus_fresh27",
           "fresh28": "corpus_fresh28",
           "fresh29": "corpus_fresh29",
           "fresh30": "corpus_fresh30",
           "fresh31": "corpus_fresh31",
           "fresh32": "corpus_fresh32",
           "fresh33": "corpus_fresh33",
           "fresh34": "corpus_fresh34",
           "fresh35": "corpus_fresh35",
           "fresh36": "corpus_fresh36",
           "fresh37": "corpus_fresh37"}


def default_out(name: str) -> str:
    return os.path.join(REPO, "tests", "fixtures", CORPORA[name])


def main(argv: "list[str] | None" = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] not in CORPORA:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    if BENCH not in sys.path:
        sys.path.insert(0, BENCH)
    name = argv.pop(0)
    return importlib.import_module(f"corpora.{name}.gen").main(argv)


if __name__ == "__main__":
    sys.exit(main())
