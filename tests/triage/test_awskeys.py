"""Offline AWS key intelligence: account decode and key kinds."""
from __future__ import annotations


import pytest

from credgate import awskeys
from tests.triage.util import key_for
from tests import rand


def test_documented_key_decodes_to_its_account():
    # the worked example in Aidan Steele's and Tal Be'ery's write-ups of the key ID format
    assert awskeys.account_id("ASIAY34FZKBOKMUTVV7A") == "609629065308"


@pytest.mark.parametrize("prefix", ["AKIA", "ASIA"])
def test_round_trip_for_random_accounts(prefix):
    for _ in range(200):
        acct = f"{rand.randbelow(10**12):012d}"
        key = key_for(acct, prefix)
        assert awskeys.is_key_id(key)
        assert awskeys.account_id(key) == acct


def test_legacy_format_has_no_account():
    # first character after the prefix in A-P: the top bit is clear, the account is not encoded
    assert awskeys.account_id("AKIAJ" + "A" * 15) is None
    assert awskeys.account_id("AKIAI" + "Z" * 15) is None


@pytest.mark.parametrize("bad", ["", "AKIA", "AKIA" + "1" * 16, "XKIA" + "Q" * 16, "AKIA" + "Q" * 17, "akia" + "q" * 16])
def test_not_a_key_id(bad):
    assert awskeys.account_id(bad) is None


def test_kinds():
    assert awskeys.key_kind("AKIA" + "Q" * 16) == "long-lived"
    assert awskeys.key_kind("ASIA" + "Q" * 16) == "temporary"
    assert awskeys.key_kind("AROA" + "Q" * 16) == "identifier"
    assert awskeys.key_kind("ZZZZ" + "Q" * 16) is None
    assert "temporary" in (awskeys.describe("ASIA" + "Q" * 16) or "")


def test_key_ids_in_text_skips_identifiers():
    k1, k2 = key_for("111122223333"), key_for("111122223333", "ASIA")
    text = f"a={k1} role=AROA{'Q' * 16} b={k2}"
    assert awskeys.key_ids_in(text) == [k1, k2]
