#!/usr/bin/env python3
"""Generate the hold-out secret-scanning corpus (tests/fixtures/corpus_holdout) and its labels.

    python bench/corpora/gen.py holdout               # default seed, writes the corpus
    python bench/corpora/gen.py holdout --seed random # fresh values from `secrets`
    python bench/corpora/gen.py holdout --sentry-dsn-positive # label Sentry DSNs as positives

The corpus is written independently of credgate's rules: every label comes from a marker in the
templates (files_a/b/c.py), never from scanner output.  All values are random and shape-correct;
none is a real credential.  Deliberate decoys (negatives) are listed in negatives.json next to this
script for error analysis; they are *not* in labels.json (unlabelled lines are negatives).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import textwrap

from ..gen import default_out
from ..markers import write_labels
from .core import DRBG, b64, b64url, extract, render
from .files_a import FILES_A
from .files_b import FILES_B
from .files_c import FILES_C
from .tokens import Tok, mark_first

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUT = default_out("holdout")
DEFAULT_SEED = "holdout-v1"


def ind(text: str, n: int) -> str:
    lines = text.rstrip("\n").split("\n")
    return "\n".join([lines[0]] + [" " * n + ln if ln else ln for ln in lines[1:]])


def build_ns(t: Tok) -> dict:
    from cryptography.hazmat.primitives.asymmetric import ec
    K = {
        "ca": t.rsa_key(2048),
        "api_rsa": t.rsa_key(2048),
        "gcp1": t.rsa_key(2048),
        "gcp2": t.rsa_key(2048),
        "ansible_rsa": t.rsa_key(2048),
        "tls_k8s": t.rsa_key(2048),
        "p8": t.ec_key(),
        "ec384": t.ec_key(ec.SECP384R1()),
        "ed_deploy": t.ed25519_key(),
        "ed_other": t.ed25519_key(),
    }
    ns = {name: getattr(t, name) for name in dir(t) if not name.startswith("_")}
    ns.update({"t": t, "K": K, "b64": b64, "b64url": b64url, "mark_first": mark_first, "ind": ind})
    return ns


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", default=DEFAULT_SEED, help="DRBG seed, or 'random' for the secrets module")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--negatives", default=os.path.join(HERE, "negatives.json"), help="where the decoy list goes")
    ap.add_argument("--sentry-dsn-positive", action="store_true",
                    help="label Sentry DSNs as positives (default: negative, DSNs are public by design)")
    a = ap.parse_args(argv)

    policy = {"sentry-dsn": a.sentry_dsn_positive}
    t = Tok(DRBG(a.seed))
    ns = build_ns(t)

    files = {}
    for group in (FILES_A, FILES_B, FILES_C):
        for path, tpl in group.items():
            if path in files:
                raise SystemExit(f"duplicate path {path}")
            files[path] = tpl

    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    labels, decoys, total = {}, {}, 0
    for path in sorted(files):
        tpl = files[path]
        text = tpl(ns) if callable(tpl) else textwrap.dedent(tpl).lstrip("\n")
        text = render(text, ns)
        clean, labs, dec = extract(text, policy)
        if not clean.endswith("\n"):
            clean += "\n"
        dest = os.path.join(a.out, path)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        with open(dest, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(clean)
        total += len(clean.encode())
        labels[path] = labs
        if dec:
            decoys[path] = dec

    write_labels(a.out, labels)
    with open(a.negatives, "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "seed": a.seed, "note": "deliberate negative decoys (not labels)",
                   "files": decoys}, fh, indent=1, sort_keys=True)
        fh.write("\n")

    n_pos = sum(len(v) for v in labels.values())
    n_neg_files = sum(1 for v in labels.values() if not v)
    print(f"wrote {len(files)} files ({total / 1024:.0f} KiB), {n_pos} labelled lines, "
          f"{n_neg_files} all-negative files, {sum(len(v) for v in decoys.values())} decoys -> {a.out}")
    return 0

