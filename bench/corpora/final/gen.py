#!/usr/bin/env python3
"""Generate tests/fixtures/corpus_final/ and its labels.json (see README.md)."""
from __future__ import annotations

import argparse
import base64
import json
import os
import re
import shutil
import urllib.parse

from . import files_a, files_b, files_c, keys, lib
from ..gen import default_out
from ..markers import split_line, write_labels

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = default_out("final")
PH = re.compile(r"«([a-z0-9_]+):([A-Za-z0-9_.-]+)((?:\|[a-z0-9]+)*)»")


class Values:
    def __init__(self, rng):
        self.rng = rng
        self.gen = lib.make_values(rng)
        self.cache = {}

    def key(self, typ, ident):
        r = self.rng
        if typ == "rsa1":
            return keys.pem_pkcs1(self._k("rsa", ident, lambda: keys.rsa_key(r)))
        if typ == "rsa8":
            return keys.pem_pkcs8(self._k("rsa", ident, lambda: keys.rsa_key(r)))
        if typ == "ec":
            return keys.pem_pkcs1(self._k("ec", ident, lambda: keys.ec_key(r)))
        if typ in ("ossh", "osshpub"):
            pair = self._k("ossh", ident, lambda: keys.openssh_ed25519(r, ident.replace("_", "@")))
            return pair[0] if typ == "ossh" else pair[1]
        if typ == "cert":
            k = self._k("rsa", ident, lambda: keys.rsa_key(r))
            return keys.self_signed_cert(k, ident.replace("_", "."), 0x1000 + len(self.cache))
        if typ == "pub":
            return keys.public_pem(self._k("rsa", ident, lambda: keys.rsa_key(r)))
        return None

    def _k(self, typ, ident, fn):
        if (typ, ident) not in self.cache:
            self.cache[(typ, ident)] = fn()
        return self.cache[(typ, ident)]

    def get(self, typ, ident, mods):
        v = self.key(typ, ident)
        if v is None:
            if (typ, ident) not in self.cache:
                self.cache[(typ, ident)] = self.gen[typ]()
            v = self.cache[(typ, ident)]
        for m in mods:
            if m == "b64":
                v = base64.b64encode(v.encode()).decode()
            elif m == "json":
                v = json.dumps(v)[1:-1]
            elif m == "url":
                v = urllib.parse.quote(v, safe="")
            elif m == "strip":
                v = v.rstrip("\n")
            else:
                raise ValueError(m)
        return v


def render(text, vals):
    out_lines, pos, neg = [], [], []
    for raw in text.split("\n"):
        line, ps, ns = split_line(raw, lead_space=True)
        line = PH.sub(lambda m: vals.get(m.group(1), m.group(2), [x for x in m.group(3).split("|") if x]), line)
        lineno = len(out_lines) + 1
        if ps:
            _, kind, note = ps[0]
            pos.append({"kind": kind, "line": lineno, **({"note": note} if note else {})})
        if ns:
            neg.append({"line": lineno, "note": ns[0]})
        out_lines.extend(line.split("\n"))
    return "\n".join(out_lines), pos, neg


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default="final-v1", help='seed string, or "random" for secrets.SystemRandom')
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--negatives", default=os.path.join(HERE, "negatives.json"), help="where the decoy list goes")
    a = ap.parse_args(argv)
    rng = lib.Rng(None if a.seed == "random" else a.seed)
    vals = Values(rng)
    files = {}
    for mod in (files_a, files_b, files_c):
        for path, text in mod.FILES.items():
            assert path not in files, path
            files[path] = text
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    labels, negatives = {}, {}
    for path in sorted(files):
        body, pos, neg = render(files[path].lstrip("\n"), vals)
        full = os.path.join(a.out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
        labels[path] = pos
        if neg:
            negatives[path] = neg
    write_labels(a.out, labels, version=False, sort_keys=False)
    with open(a.negatives, "w", encoding="utf-8") as fh:
        json.dump(negatives, fh, indent=1)
        fh.write("\n")
    n = sum(len(v) for v in labels.values())
    print(f"wrote {len(files)} files, {n} labelled lines, {sum(len(v) for v in negatives.values())} decoys -> {a.out}")
    return 0

