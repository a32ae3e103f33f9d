"""Per-path memos of session 11 (issue 16): what depends on the path alone is computed once per path.

* ``Engine._pattern_findings`` memoises (dotenv file, CI/deploy environment block) per path: the oracle is
  ``filters.dotenv_file`` / ``filters.ci_env_file`` asked afresh, and a fresh engine per scan.
* ``iac.kind_of`` memoises whether a name is a Dockerfile's with the name and extension: the oracle is the
  name regex asked afresh.
* ``Engine._off_path`` (session 12) memoises the path-limited rules a path is off per whole path: the oracle is
  ``Engine._off_path_of`` asked by a fresh engine, in another order.
"""
from __future__ import annotations

import uuid

from credgate.iac import _DOCKER_NAME, _base_ext, kind_of
from credgate.linter import filters
from credgate.linter.engine import Engine

_PATHS = [".env", "app/.env.production", "app/.env.example", "prod.env", ".github/workflows/ci.yml",
          "buildspec.yml", "deploy/docker-compose.yml", "src/app.py", "docs/notes.txt", "Jenkinsfile",
          "conf/settings.yaml", "a/b/.gitlab-ci.yml"]


def _content() -> bytes:
    token = str(uuid.UUID(int=0x9BFB11C2_73A4_4D5E_B145_ED2EC4A7F00D))
    weak = "qwer" + "ty2024"
    return (f"DEPLOY_TOKEN: {token}\nDB_PASSWORD={weak}\n").encode()


def _key(f):
    return (f.rule_id, f.location, f.secret, f.severity, f.why)


def test_env_kinds_per_path_match_a_fresh_engine() -> None:
    data = _content()
    reused = Engine()
    for _round in range(2):  # the second round answers from the memo
        for path in _PATHS:
            want = sorted(_key(f) for f in Engine().scan_bytes(data, path))
            assert sorted(_key(f) for f in reused.scan_bytes(data, path)) == want, path
    assert reused._path_kinds == {p: (filters.dotenv_file(p), filters.dotenv_file(p) or filters.ci_env_file(p))
                                  for p in _PATHS}
    # the memo matters: the weak password blocks in a dotenv file only
    assert "generic-password-assignment" in [f.rule_id for f in reused.scan_bytes(data, ".env")]
    assert "generic-password-assignment" not in [f.rule_id for f in reused.scan_bytes(data, "buildspec.yml")]


def test_docker_name_memo_is_the_name_regex() -> None:
    for path in ["Dockerfile", "x/Containerfile.dev", "app.dockerfile", "docker/Dockerfile.prod", "src/app.py",
                 "dockerfile.md", "notes/dockerfiles.txt", "x/DOCKERFILE"]:
        name, _ext, docker = _base_ext(path)
        assert docker is bool(_DOCKER_NAME.search(name)), path
        assert docker is bool(_base_ext(path)[2])
    assert kind_of("build/Dockerfile.prod", b"FROM alpine\n") == "dockerfile"
    assert kind_of("src/app.py", b"FROM alpine\n") is None


def test_off_path_memo_is_a_fresh_answer() -> None:
    """Session 12 (issue 16): the rules a path is off, memoised per path, are what a fresh engine computes; more
    than _OFF_ANY_AFTER names so the bulk index answers too, and twice so the memo answers the second time."""
    from credgate.linter.engine import _OFF_ANY_AFTER

    paths = list(_PATHS) + [f"pkg{i % 7}/deep/{n}" for i in range(_OFF_ANY_AFTER + 20)
                            for n in (f"mod_{i}.py", f"settings_{i}.json", f".env.{i}", f"stack_{i}.yaml")]
    paths += ["docs/chat/log.txt", "seed.sql", "db/seed_users.sql", "x/docker-compose.prod.yml", "a/.npmrc"]
    reused = Engine()
    for _round in range(2):
        for p in paths:
            reused._off_path(p)
    fresh = Engine()
    for p in reversed(paths):
        assert reused._off_path(p) == fresh._off_path_of(p), p
        assert reused._off_full[p] is reused._off_path(p)
    assert len({reused._off_path(p) for p in paths}) > 1  # the answers differ by path: the memo is per path
