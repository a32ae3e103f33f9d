"""Reports stay byte-identical across refactors: ``credgate dir`` and ``credgate git`` on fixed inputs.

The inputs are a fixture corpus (copied out of this repository, so its own ``.credgate.toml`` does
not apply) and a history repository built with the git CLI at fixed dates (so its commit ids are the
same on every run): branches, a tag, a deleted file (history-only), a stash, an archive committed to
history, the same secret at two paths.  The JSON, SARIF and text reports are compared with the files
in tests/fixtures/golden/ after replacing what changes from run to run (the temporary folder, timings,
the report time, the version).

A change meant to alter the output: regenerate with ``CREDGATE_UPDATE_GOLDEN=1 python -m pytest
tests/report/test_output_golden.py`` and review the diff of tests/fixtures/golden/ like code.
"""
from __future__ import annotations

import io
import os
import re
import shutil
import zipfile
from pathlib import Path

import pytest

from tests.helpers import commit_file, git, git_env, init_repo, run_credgate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = FIXTURES / "golden"
UPDATE = os.environ.get("CREDGATE_UPDATE_GOLDEN") == "1"
FORMATS = {"json": "json", "sarif": "sarif", "text": "txt"}


def _normalise(text: str, tmp: Path) -> str:
    text = text.replace(str(tmp.resolve()), "<TMP>").replace(str(tmp), "<TMP>")
    # timings and the report's own time and version
    text = re.sub(r'"(elapsed|elapsed_seconds|duration)": [0-9.e-]+', r'"\1": 0', text)
    text = re.sub(r'"(time|startTimeUtc|endTimeUtc|generated|generated_at|timestamp)": "[^"]*"', r'"\1": "T"', text)
    text = re.sub(r'"(version|semanticVersion)": "[^"]*"', r'"\1": "V"', text)
    text = re.sub(r"\b\d+(\.\d+)?\s?(s|ms)\b", "<T>", text)
    text = re.sub(r"\d+(\.\d+)? ?(MB|KB|kB|B|MiB|KiB)/s", "<RATE>", text)
    return text


def _check(name: str, text: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        if not UPDATE:
            pytest.fail(f"no golden file {path}: run with CREDGATE_UPDATE_GOLDEN=1 to write it")
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    want = path.read_text(encoding="utf-8")
    assert text == want, f"{name} differs from the golden report (regenerate only for a meant change)"


def _env(tmp: Path) -> dict[str, str]:
    return {"XDG_CACHE_HOME": str(tmp / "cache"), "HOME": str(tmp / "home"), "NO_COLOR": "1", "COLUMNS": "120"}


@pytest.fixture(scope="module")
def history_repo(tmp_path_factory) -> Path:
    """A repository whose history exercises every kind of fragment context a history source sets."""
    root = tmp_path_factory.mktemp("golden-history")
    repo = init_repo(root / "repo")
    miss = FIXTURES / "history_classes" / "miss"
    dates = iter(f"2024-01-{d:02d}T10:00:00+00:00" for d in range(1, 28))
    commit_file(repo, "config/settings.xml", (miss / "settings.xml").read_bytes(), "settings", next(dates))
    commit_file(repo, "app/app.js", (miss / "app.js").read_bytes(), "app", next(dates))
    commit_file(repo, "deploy/stack.yaml", (FIXTURES / "git" / "rds.yaml").read_bytes(), "stack", next(dates))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zi = zipfile.ZipInfo("inner/cfg.py", date_time=(2024, 1, 1, 0, 0, 0))
        zf.writestr(zi, (miss / "cfg.py").read_bytes())
    commit_file(repo, "dist/bundle.zip", buf.getvalue(), "bundle", next(dates))
    git(repo, "tag", "v1")
    env = git_env()
    env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = next(dates)
    git(repo, "rm", "-q", "app/app.js")
    git(repo, "commit", "-q", "-m", "remove app", env=env)
    git(repo, "checkout", "-q", "-b", "feature")
    commit_file(repo, "copy/settings.xml", (miss / "settings.xml").read_bytes(), "copy", next(dates))
    commit_file(repo, "db/dump.sql", (miss / "dump.sql").read_bytes(), "dump", next(dates))
    git(repo, "checkout", "-q", "main")
    (repo / "stash.sh").write_bytes((miss / "shadow").read_bytes())
    git(repo, "add", "stash.sh")
    env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = next(dates)
    git(repo, "stash", "-q", env=env)
    return repo


@pytest.mark.parametrize("corpus", ["corpus"])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_dir_reports_unchanged(tmp_path, corpus, fmt):
    target = tmp_path / corpus
    shutil.copytree(FIXTURES / corpus, target)
    proc = run_credgate(["dir", str(target), "--format", fmt, "--color", "never"], cwd=tmp_path, env=_env(tmp_path))
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")[-2000:]
    _check(f"dir-{corpus}.{FORMATS[fmt]}", _normalise(proc.stdout.decode("utf-8"), tmp_path))


@pytest.mark.parametrize("extra", [[], ["--all-commits"]], ids=["first", "all-commits"])
@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_git_history_reports_unchanged(tmp_path, history_repo, fmt, extra):
    repo = tmp_path / "repo"
    shutil.copytree(history_repo, repo, symlinks=True)
    proc = run_credgate(["git", str(repo), "--format", fmt, "--color", "never", "--full", *extra], cwd=tmp_path,
                        env=_env(tmp_path))
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")[-2000:]
    suffix = "-all" if extra else ""
    _check(f"git-history{suffix}.{FORMATS[fmt]}", _normalise(proc.stdout.decode("utf-8"), tmp_path))
