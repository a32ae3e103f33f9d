"""Shared fixtures: an isolated HOME and cache, and a moto server on 127.0.0.1."""
from __future__ import annotations

import os
import signal

import pytest

DUMMY_AWS_ENV = {
    "AWS_ACCESS_KEY_ID": "testing",
    "AWS_SECRET_ACCESS_KEY": "testing",
    "AWS_SESSION_TOKEN": "testing",
    "AWS_DEFAULT_REGION": "us-east-1",
    "AWS_REGION": "us-east-1",
    "AWS_EC2_METADATA_DISABLED": "true",
    "AWS_CONFIG_FILE": os.devnull,
    "AWS_SHARED_CREDENTIALS_FILE": os.devnull,
}


def pytest_configure(config):
    """``CREDGATE_TEST_SEED=random``: one fresh base seed for the run, exported before xdist starts its workers."""
    if os.environ.get("CREDGATE_TEST_SEED") == "random":
        os.environ["CREDGATE_TEST_SEED"] = os.urandom(6).hex()


# Compile a missing rule database in the foreground (module- and session-scoped fixtures too): the same engine
# for every test, and no background builds competing for the CI machine; tests/linter/test_hs_groups.py sets
# it back to "auto" to cover the deferred build.
os.environ["CREDGATE_HS_BUILD"] = "now"

# A run started as a background job of a script (`.ci/run &`, `nohup ... &`) starts with SIGINT ignored, and every
# credgate the tests start would inherit that: the Ctrl-C tests would fail for the launcher's sake (session 18's
# local CI runs did). Put SIGINT back to Python's default here; an exec'd child then starts with it too.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

def pytest_report_header(config):
    from tests import rand

    return f"credgate test values: CREDGATE_TEST_SEED={rand.base_seed()} (tests/rand.py)"


@pytest.fixture(autouse=True)
def _seeded_values(request):
    """The values a test draws come from its own seeded generator (tests/rand.py): same on every run."""
    from tests import rand

    rand.reseed(request.node.nodeid)


@pytest.fixture(scope="session")
def _matcher_cache(tmp_path_factory):
    """One hyperscan database cache for the whole session (compiling the built-in rules costs about ten seconds)."""
    return tmp_path_factory.mktemp("credgate-cache")


@pytest.fixture(autouse=True)
def _isolated_env(tmp_path_factory, monkeypatch, _matcher_cache):
    """Never touch the developer's HOME, git config or AWS credentials."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(_matcher_cache))
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.delenv("CREDGATE_CONFIG", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    for var in ("AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    yield


@pytest.fixture(scope="session")
def moto_endpoint():
    """A real moto server over HTTP on loopback; boto3 talks to it unpatched."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def aws(moto_endpoint, monkeypatch):
    """A boto3 Session on a freshly reset moto; AWS_ENDPOINT_URL exported for code that builds its own clients."""
    import boto3
    import requests

    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=30).raise_for_status()
    for k, v in DUMMY_AWS_ENV.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("AWS_ENDPOINT_URL", moto_endpoint)
    yield boto3.Session(region_name="us-east-1")


@pytest.fixture
def aws_client(aws, moto_endpoint):
    """aws_client("lambda", "eu-west-1") -> a client on moto with no retries."""
    from botocore.config import Config

    cfg = Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=60)

    def make(service: str, region: str = "us-east-1"):
        return aws.client(service, region_name=region, endpoint_url=moto_endpoint, config=cfg)

    return make


@pytest.fixture
def moto_auth(moto_endpoint):
    """Turn on moto's IAM auth (create users and keys first); turned off again afterwards."""
    import requests

    def enable(after_n_requests: int = 0) -> None:
        requests.post(f"{moto_endpoint}/moto-api/reset-auth", data=str(after_n_requests).encode()).raise_for_status()

    yield enable
    requests.post(f"{moto_endpoint}/moto-api/reset-auth", data=b"inf").raise_for_status()
