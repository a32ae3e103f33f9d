"""Container image tarballs (docker save, OCI layout) passed to `credgate dir` are read as images."""
from __future__ import annotations

import json

import pytest

from tests.archives.builders import env_file, run_dir, skips, tar_bytes
from tests.archives.image_builders import config_json, docker_save, oci_layout
from tests.helpers import aws_pair, github_pat, run_credgate, slack_bot_token, stripe_live_key


@pytest.fixture
def work(tmp_path, monkeypatch):
    d = tmp_path / "scan"
    d.mkdir()
    monkeypatch.chdir(d)
    return d


def _by_path(doc):
    out: dict[str, list[dict]] = {}
    for f in doc["findings"]:
        for loc in f.get("locations") or [f]:
            out.setdefault(loc["path"], []).append(dict(loc, rule_id=f["rule_id"], exposure=f["exposure"]))
    return out


def _image(legacy: bool):
    kid, sec = aws_pair()
    env_tok, arg_tok, cfg_tok = github_pat(), slack_bot_token(), stripe_live_key()
    config = config_json(
        env=["PATH=/usr/bin", f"GITHUB_TOKEN={env_tok}"],
        history=["/bin/sh -c #(nop) ADD file:abc in /",
                 f"RUN |1 SLACK_TOKEN={arg_tok} /bin/sh -c ./fetch-deps.sh  # buildkit",
                 "/bin/sh -c rm /app/.env"],
        n_layers=3)
    layers = [
        [("app/.env", env_file(kid, sec)), ("app/README.md", b"hello\n")],
        [("app/.wh..env", b"")],  # `RUN rm /app/.env`: the file is gone from the filesystem, not from layer 1
        [("app/config.json", json.dumps({"stripe_key": cfg_tok}).encode()), ("app/README.md", b"hello again\n")],
    ]
    return layers, config, {"kid": kid, "sec": sec, "env": env_tok, "arg": arg_tok, "cfg": cfg_tok}


@pytest.mark.parametrize("legacy", [True, False], ids=["docker-save-legacy", "docker-save-v25"])
def test_docker_save_tarball_is_read_as_an_image(work, tmp_path, legacy):
    layers, config, s = _image(legacy)
    data, cdig = docker_save(layers, config, legacy=legacy)
    (work / "app-image.tar").write_bytes(data)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    img = f"app-image.tar!image@sha256:{cdig[:12]}"
    found = _by_path(doc)
    assert set(found) == {f"{img}!config!Env", f"{img}!config!history", f"{img}!layer 1!/app/.env",
                          f"{img}!layer 3!/app/config.json"}, sorted(found)
    # the config's Env and the history's build arguments
    assert {l["rule_id"] for l in found[f"{img}!config!Env"]} == {"github-personal-access-token"}
    assert {l["rule_id"] for l in found[f"{img}!config!history"]} == {"slack-bot-token"}
    # the .env deleted by layer 2 still ships in layer 1: reported, marked
    env_locs = found[f"{img}!layer 1!/app/.env"]
    assert {"aws-access-key-id", "aws-secret-access-key"} <= {l["rule_id"] for l in env_locs}
    assert all("deleted-in-later-layer" in l["exposure"] for l in env_locs)
    assert all("deleted in layer 2" in l["location_detail"] for l in env_locs)
    cfg = found[f"{img}!layer 3!/app/config.json"]
    assert all("deleted-in-later-layer" not in l["exposure"] for l in cfg)
    text = (tmp_path / "r.json").read_text()
    assert all(v not in text for v in s.values())  # redacted


@pytest.mark.parametrize("nested", [False, True], ids=["index", "nested-index"])
def test_oci_layout_tarball_with_gzip_layers_and_opaque_whiteout(work, tmp_path, nested):
    tok_old, tok_new = github_pat(), slack_bot_token()
    config = config_json(env=["LANG=C"], history=["COPY . /srv"], n_layers=2)
    layers = [
        [("srv/secrets/token.txt", f"token={tok_old}\n".encode())],
        [("srv/secrets/.wh..wh..opq", b""), ("srv/secrets/bot.ini", f"slack={tok_new}\n".encode())],
    ]
    data, cdig = oci_layout(layers, config, nested_index=nested)
    (work / "image.oci.tar").write_bytes(data)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    img = f"image.oci.tar!image@sha256:{cdig[:12]}"
    found = _by_path(doc)
    assert set(found) == {f"{img}!layer 1!/srv/secrets/token.txt", f"{img}!layer 2!/srv/secrets/bot.ini"}
    (old,) = found[f"{img}!layer 1!/srv/secrets/token.txt"]
    assert "deleted-in-later-layer" in old["exposure"] and "deleted in layer 2" in old["location_detail"]
    (new,) = found[f"{img}!layer 2!/srv/secrets/bot.ini"]
    assert "deleted-in-later-layer" not in new["exposure"]


def test_replaced_file_is_reported_in_both_layers(work, tmp_path):
    a, b = github_pat(), github_pat()
    layers = [[("etc/app.conf", f"token={a}\n".encode())], [("etc/app.conf", f"token={b}\n".encode())]]
    data, cdig = docker_save(layers, config_json(n_layers=2))
    (work / "img.tar").write_bytes(data)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    found = _by_path(doc)
    img = f"img.tar!image@sha256:{cdig[:12]}"
    (old,) = found[f"{img}!layer 1!/etc/app.conf"]
    assert "replaced-in-later-layer" in old["exposure"]
    (new,) = found[f"{img}!layer 2!/etc/app.conf"]
    assert new["exposure"] == ["archive"]


def test_clean_image_is_clean_and_a_plain_tar_is_still_a_tar(work, tmp_path):
    data, _ = docker_save([[("app/main.py", b"print('hi')\n")]], config_json(env=["PATH=/bin"], n_layers=1))
    (work / "clean.tar").write_bytes(data)
    kid, sec = aws_pair()
    (work / "plain.tar").write_bytes(tar_bytes([("manifest.yaml", b"a: 1\n"), ("conf/app.env", env_file(kid, sec))]))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert set(_by_path(doc)) == {"plain.tar!conf/app.env"}


def test_broken_image_metadata_is_a_skip_not_a_crash(work, tmp_path):
    tok = github_pat()
    # manifest.json names a layer that is not in the tarball; the config is fine
    bad = tar_bytes([("manifest.json", json.dumps([{"Config": "c.json", "Layers": ["gone/layer.tar"]}]).encode()),
                     ("c.json", config_json(env=[f"TOKEN={tok}"]))])
    (work / "bad.tar").write_bytes(bad)
    # tars that merely hold a manifest.json (not JSON; a web extension's): plain tars, no image skip
    (work / "odd.tar").write_bytes(tar_bytes([("manifest.json", b"{not json"), ("x.env", f"T={tok}\n".encode())]))
    (work / "ext.tar").write_bytes(tar_bytes([("manifest.json", b'{"manifest_version": 3, "name": "x"}'),
                                              ("bg.js", f"const t = '{tok}';\n".encode())]))
    # a layer whose bytes are not a tar: a skip for that layer, the rest of the image is read
    layer_ok = tar_bytes([("app/k.env", f"T={tok}\n".encode())])
    half = tar_bytes([("manifest.json", json.dumps([{"Config": "c.json", "Layers": ["l1/layer.tar", "l2/layer.tar"]}]).encode()),
                      ("c.json", config_json(n_layers=2)), ("l1/layer.tar", b"this is not a tar" * 40),
                      ("l2/layer.tar", layer_ok)])
    (work / "half.tar").write_bytes(half)
    p = run_credgate(["dir", ".", "-f", "json"], cwd=work)
    assert p.returncode == 1, p.stderr.decode()
    doc = json.loads(p.stdout)
    assert "Traceback" not in p.stderr.decode()
    paths = set(_by_path(doc))
    assert any(x.startswith("bad.tar!image@sha256:") and x.endswith("!config!Env") for x in paths), paths
    assert {"odd.tar!x.env", "ext.tar!bg.js"} <= paths
    assert any(x.startswith("half.tar!image@sha256:") and x.endswith("!layer 2!/app/k.env") for x in paths), paths
    reasons = {(s["path"].split("!")[0], s["reason"]) for s in skips(doc)}
    assert ("bad.tar", "corrupt-image") in reasons and ("half.tar", "corrupt-image") in reasons
    assert not {r for r in reasons if r[0] in ("odd.tar", "ext.tar")}
    half_skip = [s for s in skips(doc, "corrupt-image") if s["path"].startswith("half.tar")]
    assert half_skip and half_skip[0]["path"].endswith("!layer 1")


def test_image_layers_count_against_the_archive_limits(work, tmp_path):
    tok = github_pat()
    big = b"# padding\n" * 150_000  # 1.5 MB of text
    data, _ = docker_save([[("app/big.txt", big)], [("app/late.env", f"T={tok}\n".encode())]],
                          config_json(n_layers=2))
    (work / "img.tar").write_bytes(data)
    rc, doc = run_dir(["."], "--archive-max-size", "1MB", out=tmp_path / "r.json")
    assert rc == 1  # a limit hit leaves part of the image unread: not clean
    hit = skips(doc, "archive-size-limit")
    assert hit and hit[0]["path"].startswith("img.tar!image@sha256:") and "layer 1" in hit[0]["path"]


def test_root_level_dotfiles_and_their_whiteouts(work, tmp_path):
    tok = github_pat()
    layers = [[("./.env", f"GH={tok}\n".encode()), ("./.profile", b"umask 022\n")], [("./.wh..env", b"")]]
    data, cdig = docker_save(layers, config_json(n_layers=2))
    (work / "img.tar").write_bytes(data)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    found = _by_path(doc)
    (loc,) = found[f"img.tar!image@sha256:{cdig[:12]}!layer 1!/.env"]
    assert "deleted-in-later-layer" in loc["exposure"]
