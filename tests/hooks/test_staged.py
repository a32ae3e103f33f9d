"""credgate.sources.git.iter_staged on real repositories."""
from __future__ import annotations

from pathlib import Path

from credgate.sources.git.changes import iter_staged
from credgate.models import Fragment, Skip
from tests.helpers import aws_pair, commit_file, git, github_pat

from .conftest import aws_file, scan, stage
from tests import rand


def test_first_commit_of_a_repo_blocks_on_an_aws_key_pair(repo: Path, engine) -> None:
    kid, sec = aws_pair()
    stage(repo, "app/settings.py", aws_file(kid, sec))
    findings, _ = scan(engine, iter_staged(repo))
    secrets = {f.secret for f in findings}
    assert kid in secrets and sec in secrets
    f = next(f for f in findings if f.secret == kid)
    assert (f.path, f.line, f.location.source) == ("app/settings.py", 1, "staged")


def test_only_added_lines_are_reported_but_whole_file_is_scanned(repo: Path, engine) -> None:
    legacy = github_pat()
    commit_file(repo, "config.py", f'TOKEN = "{legacy}"\nname = "x"\n', "legacy secret")
    stage(repo, "config.py", f'TOKEN = "{legacy}"\nname = "y"\n')
    items = list(iter_staged(repo))
    frag = next(i for i in items if isinstance(i, Fragment))
    assert frag.added_lines == frozenset({2})
    assert legacy.encode() in frag.data  # the whole staged file is analysed
    assert scan(engine, items)[0] == []
    # --all-lines reports the legacy secret too
    assert [f.secret for f in scan(engine, iter_staged(repo, all_lines=True))[0]] == [legacy]
    # a new secret on an added line is reported, at its line
    new = github_pat()
    stage(repo, "config.py", f'TOKEN = "{legacy}"\nname = "y"\nOTHER = "{new}"\n')
    found = scan(engine, iter_staged(repo))[0]
    assert [(f.secret, f.line) for f in found] == [(new, 3)]


def test_pure_rename_adds_nothing_and_rename_with_edit_reports_new_path(repo: Path, engine) -> None:
    legacy = github_pat()
    commit_file(repo, "old name.py", f'T = "{legacy}"\n' + "".join(f"line{i} = {i}\n" for i in range(20)))
    git(repo, "mv", "old name.py", "new name.py")
    assert scan(engine, iter_staged(repo))[0] == []
    new = github_pat()
    with open(repo / "new name.py", "a") as fh:
        fh.write(f'U = "{new}"\n')
    git(repo, "add", "new name.py")
    found = scan(engine, iter_staged(repo))[0]
    assert [(f.path, f.secret, f.line) for f in found] == [("new name.py", new, 22)]


def test_deletion_binary_and_submodule(repo: Path, engine) -> None:
    commit_file(repo, "gone.py", aws_file())
    git(repo, "rm", "-q", "gone.py")
    kid, sec = aws_pair()
    stage(repo, "blob.bin", b"\x00\x01" + aws_file(kid, sec).encode())
    head = git(repo, "rev-parse", "HEAD").strip()
    git(repo, "update-index", "--add", "--cacheinfo", f"160000,{head},vendor/lib")
    items = list(iter_staged(repo))
    skips = {(s.path, s.reason) for s in items if isinstance(s, Skip)}
    assert ("blob.bin", "binary") in skips
    assert ("vendor/lib", "submodule") in skips
    assert [i for i in items if isinstance(i, Fragment)] == []  # the deleted file yields nothing


def test_spaces_and_non_ascii_file_names(repo: Path, engine) -> None:
    tok = github_pat()
    rel = "dir with space/ñandú é\tx.env"
    stage(repo, rel, f"GITHUB_TOKEN={tok}\n")
    found = scan(engine, iter_staged(repo))[0]
    assert [(f.path, f.secret) for f in found] == [(rel, tok)]


def test_merge_commit_reports_only_what_the_merge_itself_adds(repo: Path, engine) -> None:
    commit_file(repo, "README.md", "base\n")
    git(repo, "checkout", "-q", "-b", "side")
    side = github_pat()
    commit_file(repo, "side.py", f'S = "{side}"\n', "side adds a token")
    git(repo, "checkout", "-q", "main")
    commit_file(repo, "main.txt", "main moves on\n")
    git(repo, "merge", "--no-commit", "--no-ff", "-q", "side")
    # the side branch's token was committed there already: merging it does not block
    assert scan(engine, iter_staged(repo))[0] == []
    evil = github_pat()
    stage(repo, "side.py", f'S = "{side}"\nE = "{evil}"\n')
    found = scan(engine, iter_staged(repo))[0]
    assert [(f.secret, f.line) for f in found] == [(evil, 2)]


def test_not_a_repository_is_a_skip_not_a_traceback(tmp_path: Path) -> None:
    items = list(iter_staged(tmp_path))
    assert len(items) == 1 and isinstance(items[0], Skip) and items[0].reason == "git-error"


def test_iac_context_comes_from_the_whole_staged_template(repo: Path, engine) -> None:
    import string

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "git" / "rds.yaml"
    template = fixture.read_text()
    commit_file(repo, "infra/rds.yaml", template, "template without a password")
    pw = "".join(rand.choice(string.ascii_letters + string.digits + "#@%") for _ in range(22))
    stage(repo, "infra/rds.yaml", template.replace("    MinLength: 16\n", f'    MinLength: 16\n    Default: "{pw}"\n'))
    found = scan(engine, iter_staged(repo))[0]
    assert [(f.secret, f.line, f.location.location_detail) for f in found] == [
        (pw, 8, "Parameters.DBPassword.Default")
    ]


def test_too_large_staged_file_is_a_skip_and_the_rest_is_scanned(repo: Path, engine) -> None:
    tok = github_pat()
    stage(repo, "big.txt", "x" * 5000 + "\n")
    stage(repo, "small.env", f"GITHUB_TOKEN={tok}\n")
    items = list(iter_staged(repo, max_size=1000))
    assert [(s.path, s.reason) for s in items if isinstance(s, Skip)] == [("big.txt", "too-large")]
    assert [f.secret for f in scan(engine, items)[0]] == [tok]
