#!/bin/sh
# Reproduce bench/git_timings.md: hook time on a one-file commit, full-history audits.
# Needs hyperfine (apt-get install -y hyperfine). Uses the interpreter the hook uses.
set -eu
PY=${PY:-$(python3 -c 'import sys; print(sys.executable)')}
OUT=${OUT:-/tmp/credgate-bench}
mkdir -p "$OUT"
[ -d "$OUT/synth5k" ] || "$PY" bench/make_repo.py "$OUT/synth5k" --commits 5000 --files 400 --secrets 25
[ -d "$OUT/synth20k" ] || "$PY" bench/make_repo.py "$OUT/synth20k" --commits 20000 --files 1000 --secrets 40
# one-file commit: stage a one-line change and time what the hook runs
(cd "$OUT/synth5k" && echo "x = 1" >> src/pkg0/mod_0.py && git add src/pkg0/mod_0.py &&
 hyperfine -N -i --warmup 2 --runs 20 "$PY -m credgate hook pre-commit" "$PY -m credgate --version" "$PY -c pass" &&
 git reset -q --hard)
hyperfine -N -i --warmup 1 --runs 5 \
  "$PY -m credgate git $OUT/synth5k --format json" \
  "$PY -m credgate git $OUT/synth20k --format json" \
  "git -C $OUT/synth5k log --all --raw -z --no-abbrev --no-renames --root --diff-merges=first-parent --topo-order --reverse" \
  "git -C $OUT/synth5k cat-file --batch-all-objects --batch --unordered"
