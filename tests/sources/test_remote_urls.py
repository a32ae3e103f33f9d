"""What counts as a remote repository, and how its URL is shown (credentials never)."""
from __future__ import annotations

import pytest

from credgate.sources.git.remote import Scrubber, is_remote, read_repos_file, redact_url


@pytest.mark.parametrize("spec", ["https://h/x.git", "http://h/x", "ssh://git@h/x.git", "git://h/x", "file:///srv/x.git",
                                  "git@github.com:team/app.git", "me@[::1]:x.git", "codecommit::eu-west-1://app",
                                  "codecommit://app", "codecommit://profile@app", "git+ssh://h/x"])
def test_remote(spec):
    assert is_remote(spec)


def test_local(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "me@host:odd").mkdir()
    for spec in (".", "repo.git", "/srv/x.git", "backup.bundle", "me@host:odd", "C:/x", "relative/x:y"):
        assert not is_remote(spec), spec


@pytest.mark.parametrize("url,shown", [
    ("https://user:tok3n-value@h.example/x.git", "https://***@h.example/x.git"),
    ("https://tok3n-value@h.example/x.git", "https://***@h.example/x.git"),
    ("http://u:p@127.0.0.1:8080/x.git", "http://***@127.0.0.1:8080/x.git"),
    ("git://u:pw@h/x", "git://***@h/x"),
    ("ssh://git:pw@h:22/x.git", "ssh://git:***@h:22/x.git"),
    ("ssh://git@h/x.git", "ssh://git@h/x.git"),
    ("https://h/x.git?access_token=abcd1234&x", "https://h/x.git?access_token=***&x"),
    ("https://u:p%40ss@h/a@b.git", "https://***@h/a@b.git"),
    ("git@github.com:team/app.git", "git@github.com:team/app.git"),
    ("codecommit::us-east-1://app", "codecommit::us-east-1://app"),
])
def test_redact_url(url, shown):
    assert redact_url(url) == shown


def test_scrubber_masks_raw_and_decoded_parts():
    s = Scrubber("https://deploy:s3cr%40tvalue@h/x.git")
    text = ("fatal: unable to access 'https://deploy:s3cr%40tvalue@h/x.git/': deploy:s3cr%40tvalue@h "
            "s3cr@tvalue")
    out = s.text(text)
    assert "s3cr" not in out and "deploy" not in out and "https://***@h/x.git" in out


def test_repos_file_paths_relative_to_the_file(tmp_path):
    f = tmp_path / "sub" / "repos.txt"
    f.parent.mkdir()
    f.write_text("# c\n\n  ../a.git  \nhttps://h/x.git\n/abs/b\n~/c\n")
    got = read_repos_file(f)
    assert [(n, shown) for n, shown, _ in got] == [(3, "../a.git"), (4, "https://h/x.git"), (5, "/abs/b"), (6, "~/c")]
    assert got[0][2] == str(tmp_path / "a.git") and got[1][2] == "https://h/x.git" and got[2][2] == "/abs/b"
    assert not got[3][2].startswith("~")
