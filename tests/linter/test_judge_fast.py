"""The judge's fast paths (issue 16) give the verdicts of the plain code, on a varied set of values.

* ``filters.generic_value`` now runs precompiled shapes behind cheap character guards: it is compared
  with ``_generic_value_reference`` below, the function as it was before (``re.fullmatch`` with pattern
  strings, no guards), on every value the matcher extracts from the labelled corpora, on the rules'
  examples, and on seeded random values built to hit each shape and its near misses.
* ``Engine._judge`` memoises a built-in rule's verdict per (rule, value): a scan with the memo gives the
  same findings and the same drop reasons as a scan with it turned off, and the memo survives being
  cleared when full.
"""
from __future__ import annotations

import random
import re
import subprocess
import sys
from pathlib import Path
from typing import Optional

import pytest

from credgate.config import Config
from credgate.linter import engine as engine_mod
from credgate.linter import filters
from credgate.linter.engine import Engine
from credgate.models import Fragment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CORPORA = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p.name.startswith("corpus"))


def _randoms(v: str) -> list:
    """Segments of a ``/``-split value that no one would name a folder (plain version of the filter's)."""
    out = []
    for seg in v.split("/"):
        seg = seg.rstrip("=")
        if len(seg) < 5 or seg.islower() or seg.isupper() or re.fullmatch(r"v[0-9]+(?:[a-z]+[0-9]+)?", seg):
            continue
        humps = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|.", seg)
        bad = any(
            (h.isdigit() and i < len(humps) - 1)
            or (len(h) == 1 and not h.isdigit() and not (i == 0 and h.islower()))
            or (len(h) > 1 and not h.isdigit() and not h.isupper()
                and len(h) >= 3 and not re.search("[aeiouyAEIOUY]", h))
            for i, h in enumerate(humps))
        if bad:
            out.append(seg)
    return out


def _random_letters_reference(v: str) -> bool:
    if not v.isascii() or v.islower() or v.isupper():
        return False
    humps = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+", v)
    single = sum(1 for i, h in enumerate(humps) if len(h) == 1 and not (i == 0 and h.islower()))
    novowel = max([len(h) for h in humps if not h.isupper() and not re.search("[aeiouyAEIOUY]", h)] + [0])
    return single >= 2 or len(v) < 2.2 * len(humps) or novowel >= 5


def _marker_reference(v: str) -> bool:
    if not re.fullmatch(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[#@][A-Za-z_][\w.\-/:]*", v):
        return False
    rest = v[1:]
    return len(rest) <= 8 or rest.islower() or rest.isupper() or not any(
        _randoms(seg) for seg in re.split(r"[.\-/:_]", rest))


def _key_with_slashes(v: str) -> bool:
    if not (re.fullmatch(r"[A-Za-z0-9+/]{8,}={0,2}", v) and "/" in v and re.search("[A-Z]", v)
            and re.search("[a-z]", v)):
        return False
    r = _randoms(v)
    segs = [s for s in v.split("/") if s]
    return len(r) >= 2 or (len(r) == 1 and (len(segs) == 1 or len(v) >= 30 or len(r[0]) >= 10))


def _generic_value_reference(secret: str) -> Optional[str]:
    """``filters.generic_value`` before it was optimised (kept verbatim as the oracle)."""
    v = secret.strip().strip("'\"`")
    if not v:
        return "empty value"
    if v.lower() in filters._TRIVIAL:
        return "a word, not a secret"
    if not any(c.isalnum() for c in v):  # session 11: a pattern, mask or separator
        return "no letter or digit: a pattern, mask or separator, not a secret"
    if re.fullmatch(r"![A-Za-z][A-Za-z0-9:]*", v) and not filters._random_after_bang(v[1:]):  # session 9
        return "a YAML tag (CloudFormation intrinsic such as !GetAtt), not a literal"
    if filters._CODE_REF.search(v):
        return "reads the secret from elsewhere (code reference)"
    if re.fullmatch(r"(?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]\.[A-Za-z_][\w\-]*(?:\.[A-Za-z_][\w\-]*)+|"
                    r"(?:each\.(?:key|value)|dependency\.[A-Za-z_][\w\-]*\.outputs)(?:\.[A-Za-z_][\w\-]*)*", v):  # session 13
        return "a Terraform reference (resource.name.attribute, data.x.y.z, each.value, dependency.x.outputs), not a literal"
    if re.fullmatch(r"\+\s*[A-Za-z_$][\w$.\[\]()]*\s*\+", v) and (
            re.fullmatch(r"\+(?:\s+.*|.*\s+|.*[.\[(].*)\+", v)
            or re.fullmatch(r"\+(?:[a-z_$][a-z0-9_$]*|[A-Z][A-Z0-9_]*|[A-Za-z_$][a-z_$]*[0-9]*(?:[A-Z][a-z]+[0-9]*)+)\+", v)):
        return "string concatenation in code ('+a.value+'), not a literal"
    if re.fullmatch(r"1[0-9]{9}(?:[0-9]{3})?|[12][0-9]{3}-[01][0-9]-[0-3][0-9](?:[T ][0-2][0-9]:[0-5][0-9]"
                    r"(?::[0-5][0-9](?:\.[0-9]{1,9})?)?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?", v):
        return "a timestamp"
    if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\(.*\)?", v) and (
            (")" in v and filters._call_tail(v)) or filters._open_call_args(v)) \
            and not (re.search(r"\)[A-Za-z0-9]", v) and any(c.isdigit() for c in v)) \
            and not filters._random_callee(v):  # s12r2, s20b: a password
        return "a function call"
    if re.fullmatch(r"[A-Z][A-Z0-9_]{2,}", v) and "_" in v:
        return "a constant or environment variable name"
    if re.fullmatch(r"[a-z]+(?:[A-Z][a-z]+)+", v) and len(v) > 12 and not filters.password_letters(v):
        return "an identifier"
    if re.fullmatch(r"[a-z]+(?:[_-][a-z0-9]+){1,}", v):
        return "an identifier or slug of words"
    if re.fullmatch(r"[^\W\d_]+(?:[-\s][^\W\d_]+)+", v) \
            and not any(len(p) >= 8 and filters.password_letters(p) for p in re.split(r"[-\s]", v)):
        return "words, not a secret"
    if re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", v, re.I):
        return "a UUID"
    if "*" in v and re.fullmatch(r"\*?[\w.\-/:!@]*(?:[/:]\*|\*$|\*[/:])[\w.\-/:!@*]*|\*[\w.\-]*", v) \
            and not filters._STARRED_PASSWORD.fullmatch(v) \
            and not (v[0] == "*" and "*" not in v[1:] and "/" not in v and _randoms(v[1:])):
        return "a wildcard pattern"
    if re.fullmatch(r"(?:/|\./|\.\./|~/|[A-Za-z]:\\)[^\s]*", v) and not filters._RANDOM_SEGMENT.search(v) and not _key_with_slashes(v):
        return "a file path"
    if re.fullmatch(r"https?://[^\s:@]+", v):
        return "a URL without credentials"
    if re.match(r"pk_(?:live|test)_|pk\.(?:eyJ|[A-Za-z0-9_\-/+]{40,})|pub_|public[_-]|pub[0-9a-f]{32}$"
                r"|(?:pi|seti)_[A-Za-z0-9]{8,64}_secret_[A-Za-z0-9]{8,64}$"  # session 11: Stripe intent client secrets
                r"|(?-i:(?:test|live)_[A-Z0-9]{32})$", v, re.IGNORECASE):  # session 11: Adyen client keys
        return "a publishable (public) key"
    if v.startswith(("AQICAH", "AQEDAH", "AQIDAH", "AQAAANCMnd8BFdERjHoAwE", "{AQAAAB")):
        return "ciphertext (AWS KMS or Windows DPAPI blob), not the secret itself"
    if re.fullmatch(r"\{[A-Za-z0-9+/]{24,}={0,2}\}", v):
        return "ciphertext (a Jenkins secret, {base64} as credentials.xml and CasC exports write it), not the secret itself"
    if filters._ENVELOPE.match(v):
        return ("ciphertext (SOPS ENC[...], Vault transit vault:vN:, ansible-vault, Spring {cipher}, IIS [enc:...], "
                "an OpenPGP message) or a SQL Server 0x0200 login hash, not the secret itself")
    if filters._SSH_PUBLIC.match(v):
        return "an SSH public key (public material)"
    if re.fullmatch(r"(?i)(?:test|testing|demo|dev|local|admin|user|guest|pass|passw[o0]rd|secret|qwerty|letmein)"
                    r"[\W_]?\d{0,6}[\W_]?", v):
        return "a test or default value"
    if v.startswith("-----") or (v[:1] in ("#", "@") and _marker_reference(v)):
        return "a colour, anchor, decorator or marker, not a secret"
    if v.isalpha() and (len(v) < 16 or v.islower() or v.isupper()
                        or re.fullmatch(r"[A-Z]?[a-z]+(?:[A-Z][a-z]+)*", v)) \
            and not (len(v) >= 8 and _random_letters_reference(v)):
        return "a plain word or identifier"
    if re.fullmatch(r"[a-z0-9_\-]+(?:/[a-z0-9_.\-]+)+/?", v):
        return "a path or resource name"
    if re.fullmatch(r"[A-Za-z0-9/_+=.@\-]+:[A-Za-z0-9_.\-]*:(?:|AWSCURRENT|AWSPREVIOUS|AWSPENDING):[A-Za-z0-9\-]*", v):
        return "a Secrets Manager reference (name:json-key:stage:version), not the secret"
    if len(v) < 6:
        return "too short to be a secret"
    return None


def _placeholder_sequential_reference(stripped: str) -> bool:
    return re.fullmatch(r"(?:0123456789|1234567890|abcdefghij|abcdef|123456|qwerty)+\w{0,6}", stripped, re.I) \
        is not None


# pieces that make each shape of generic_value, its near misses, and the characters its guards look at
_PIECES = [
    "!GetAtt", "!Ref", "!", "+", " + ", "a.value", "(", ")", "()", "os.environ", "getenv(", "ssm:", "arn:aws",
    "1700000000", "1700000000123", "2024-01-31", "2024-01-31T12:30:45", ".123456", "Z", "+02:00", "T",
    "MY_CONST", "_", "-", " ", "\t", "camelCaseIdentifierName", "slug", "word", "Word", "WORD", "é", "ß",
    "0c5b2f1e-8a3d-4c6b-9e7f-1a2b3c4d5e6f", "*", "/*", ":*", "/usr/local", "./x", "../y", "~/z", "C:\\dir",
    "https://example.invalid/x", "http://a@b", "pk_live_", "pub_", "public-", "pub4b8e2d9c1a7f3e5b0d6c8a2e9f1b4d7c", "pub4b8e2d9c1a7f3e5b0d6c8a2e9f1b4d7cz", "AQICAH", "{AQAAAB",
    "ENC[AES256_GCM,", "vault:v1:AbCdEfGh", "$ANSIBLE_VAULT;", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAA",
    "test", "Testing", "admin1", "passw0rd", "#", "@", "-----", "a/b/c", "Q7x", "Zk9", "42", "'", '"', "`",
    "3", "x", "K", "=", ".", ":", "/", "Pepper-Tundra-40*",
]


def _random_values(n: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    alphabet = "abcXYZ019_-./:*!@#+ ()'\"`~\\é"
    out = []
    for _ in range(n):
        if rng.random() < 0.6:
            out.append("".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4))))
        else:
            out.append("".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))))
    return out


def _corpus_values() -> list[str]:
    """Every value any rule's regex extracts from the labelled corpora (before any filter)."""
    eng = Engine(Config(), iac=False, decode=False)
    values: set[str] = set()
    for corpus in CORPORA:
        for p in corpus.rglob("*"):
            if p.is_file() and p.stat().st_size < 2_000_000:
                data = p.read_bytes()
                for rm in eng.matcher.find(data):
                    values.add(data[rm.secret_start:rm.secret_end].decode("utf-8", "replace"))
    return sorted(values)


@pytest.fixture(scope="module")
def corpus_values() -> list[str]:
    vals = _corpus_values()
    assert len(vals) > 1000  # the oracle is only as good as the variety it sees
    return vals


def test_generic_value_agrees_with_the_reference_on_corpus_values(corpus_values):
    differ = [v for v in corpus_values if filters.generic_value(v) != _generic_value_reference(v)]
    assert not differ, differ[:5]
    # the corpora exercise most of the shapes (a reason of each kind, and values kept)
    reasons = {_generic_value_reference(v) for v in corpus_values}
    assert None in reasons and len(reasons) >= 12


def test_generic_value_agrees_with_the_reference_on_random_values():
    values = _random_values(40_000, seed=16)
    differ = [v for v in values if filters.generic_value(v) != _generic_value_reference(v)]
    assert not differ, differ[:5]
    # every shape was reached by some value, so every guard was tested on both sides
    reasons = {_generic_value_reference(v) for v in values}
    for shape in ("a YAML tag", "string concatenation", "a timestamp", "a function call", "a constant",
                  "an identifier", "an identifier or slug", "words", "a UUID", "a wildcard", "a file path",
                  "a URL", "a publishable", "ciphertext (AWS", "ciphertext (SOPS", "an SSH public key",
                  "a test or default", "a colour", "a plain word", "a path or resource", "too short"):
        assert any(r and r.startswith(shape) for r in reasons), shape
    assert None in reasons


def test_generic_value_agrees_on_rule_examples():
    from credgate.linter.ruleset import load_ruleset

    values = []
    for r in load_ruleset(Config()).rules:
        for ex in (*r.examples, *r.negative_examples):
            values.append(ex)
            values.extend(re.split(r"[=:\s\"']+", ex))
    assert values
    for v in values:
        assert filters.generic_value(v) == _generic_value_reference(v), v


def test_placeholder_sequential_shape_unchanged(corpus_values):
    for v in [*corpus_values, *_random_values(5_000, seed=7), "123456abc", "QWERTYqwerty12", "abcdefghijK"]:
        s = v.strip("'\"` ")
        assert (filters._SEQUENTIAL.fullmatch(s) is not None) == _placeholder_sequential_reference(s), v


def _scan_all(eng: Engine) -> tuple[list[tuple], list[tuple]]:
    eng.record_drops = True
    found = []
    for corpus in CORPORA:
        for p in sorted(corpus.rglob("*")):
            if p.is_file() and p.stat().st_size < 2_000_000:
                rel = str(p.relative_to(FIXTURES))
                for f in eng.scan(Fragment(path=rel, data=p.read_bytes()))[0]:
                    found.append((f.rule_id, f.location.path, f.line, f.location.column, f.fingerprint,
                                  tuple(f.why)))
    drops = [(d.rule_id, d.secret, d.reason, d.line) for d in eng.drops]
    return found, drops


def test_judge_memo_gives_the_same_findings_and_drop_reasons(monkeypatch):
    with_memo = _scan_all(Engine(Config()))
    monkeypatch.setattr(engine_mod, "_JUDGE_MEMO_LEN", -1)  # every value judged afresh
    without = _scan_all(Engine(Config()))
    assert with_memo[0] == without[0]
    assert with_memo[1] == without[1]
    assert len(with_memo[0]) > 500 and len(with_memo[1]) > 500
    # values repeat across the corpora, so the memo was read, not only written
    assert len({(d[0], d[1]) for d in with_memo[1]}) < len(with_memo[1])


def test_judge_memo_cleared_when_full_keeps_verdicts(monkeypatch):
    monkeypatch.setattr(engine_mod, "_JUDGE_MEMO_SIZE", 3)
    eng = Engine(Config())
    cr = next(c for c in eng.matcher.rules if c.rule.id == "generic-password-assignment")
    values = ["type", "Hx7#mQ2vLp9", "index", "Winter2024!", "type", "b4rr4cuda!", "Hx7#mQ2vLp9"] * 3
    for v in values:
        assert eng._judge(cr, v, 1) == eng.verdict(cr, v)[0]
        assert len(eng._judged) <= 3
    # a kept value's reasons are a fresh list each time (a caller may extend it)
    a, b = eng._judge(cr, "Winter2024!", 1), eng._judge(cr, "Winter2024!", 2)
    assert a == b and a is not b


def test_filters_lazy_patterns_name_their_globals_and_compile_on_use():
    # in a fresh interpreter: nothing compiled yet when filters is imported
    code = """
import re
from credgate.lazyre import LazyPattern
from credgate.linter import filters as mod
lazy = {n: v for n, v in vars(mod).items() if isinstance(v, LazyPattern)}
assert len(lazy) >= 30, len(lazy)
for name, v in lazy.items():
    assert v._name == name, name  # the object replaces the global of its own name, no other
assert mod.placeholder("${DB_PASSWORD}")
assert isinstance(vars(mod)["_TEMPLATE"], re.Pattern)  # used: compiled and in place
assert isinstance(vars(mod)["_GV_UUID"], LazyPattern)  # not used yet: not compiled
for name in lazy:
    assert getattr(mod, name).search is not None
    assert isinstance(vars(mod)[name], re.Pattern), name
print("ok")
"""
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert p.stdout.strip() == "ok", p.stderr


def test_raw_drop_skip_gives_the_same_findings(monkeypatch):
    # without --explain-drops, a value a built-in rule dropped once is skipped by its bytes thereafter
    def findings(eng: Engine) -> list[tuple]:
        out = []
        for corpus in CORPORA:
            for p in sorted(corpus.rglob("*")):
                if p.is_file() and p.stat().st_size < 2_000_000:
                    rel = str(p.relative_to(FIXTURES))
                    out += [(f.rule_id, f.location.path, f.line, f.location.column, f.fingerprint, tuple(f.why))
                            for f in eng.scan(Fragment(path=rel, data=p.read_bytes()))[0]]
        return out

    eng = Engine(Config())
    fast = findings(eng)
    assert len(eng._dropped_raw) > 100  # the skip set was filled (and so read for repeated values)
    monkeypatch.setattr(engine_mod, "_JUDGE_MEMO_LEN", -1)  # neither memo nor skip set
    slow_eng = Engine(Config())
    assert findings(slow_eng) == fast and not slow_eng._dropped_raw


def test_a_random_value_between_plus_signs_is_not_concatenation():
    """Base64 values start and end with ``+`` now and then (``+nWugieNK4JBPHblqvg+``, a flaky CI failure: a
    Lambda password read as ``"..." + x + "..."`` and dropped from its IaC slot); code operands still are."""
    for v in ("+nWugieNK4JBPHblqvg+", "+Ab3dEfG9hIjK+", "+q7Z2mXw9+"):
        assert filters.generic_value(v) is None, v
        assert filters.generic_value(v) == _generic_value_reference(v)
    for v in ("+a.value+", "+password+", "+ pwd +", "+dbPassword+", "+DB_PASS+", "+getPass()+", "+row[0]+"):
        assert filters.generic_value(v).startswith("string concatenation"), v
        assert filters.generic_value(v) == _generic_value_reference(v)


def test_random_keys_are_not_paths_words_or_markers():
    """Shapes that a random AWS secret or key ID takes now and then, each once dropped from an IaC slot or a
    generic rule: a secret starting with ``/`` (about 1 in 3,000) read as a path, one starting ``tBd/`` read
    as a TBD marker, an all-letter key ID (about 3 in 100) read as a word; a random password of letters only
    (1 in 8 of 12-character alphanumeric ones) read as a word, one starting ``#`` or ``@`` as a marker."""
    from credgate.iac.names import literal_problem

    for v in ("/rbCZ5/BY+d5h9h9C6MCK/RSjtJjvqCoHy/6QeZB", "/iSyWPf+Xbv/T9j8JlkQu2Rk7Yv3sPq/Tz0Lm4Nb",
              "/a6Wmt/iaFlJi8Y/l6iJ", "/Qx7rT/kP2mZw9/Lb4nV", "ETZvYzgPqpvV", "pZsHtgXTHREv",
              "@xXToKD4w&HlwTvRam4*", "#3W%Fhwme!lmpBDZnv%9ugjf", "#Kx9Lm2Pq8Rt5", "*1Z9gkfL-C-ZaK3m",
              "tBd/vqlb9T8DMa5s75FawUdDKlaAVABDihY3Awc0", "AKIAAFOJDATLKGQENXXC", "AKIAZQWERTYUJHGFDSAX"):
        assert literal_problem(v) is None, v
        assert filters.generic_value(v) == _generic_value_reference(v)
    for v in ("/usr/local/lib/python3.11/site-packages", "/home/RunnerAdmin/work/Project2/Build",
              "/opt/Apps/v1beta1/Config2", "/srv/DataLake/Raw2024/Ingest", "/var/lib/Jenkins/Workspace3",
              "#fff", "#a1b2c3", "#section-two", "@Autowired", "@acme/ui-kit", "MySQLPassword", "ChangeMe",
              "*.example.com", "*-prod-bucket", "*Handler",
              "TBD", "todo", "AKIA0123456789ABCDEF"):
        assert literal_problem(v) is not None, v
    # in a secret slot a letters-only value needs less to read as typed at random than under any secret name
    assert filters.generic_value("XPathEngine") == filters.PLAIN_WORD
    assert literal_problem("XPathEngine") is None and literal_problem("MySQLPassword") is not None


def test_random_letter_pieces_are_not_words_or_identifiers():
    """A random token split by '-' or with a camel outline (``secrets.token_urlsafe`` draws these) is no phrase;
    real phrases, header names and identifiers keep their reason."""
    assert filters.generic_value("tNyOBCTkVEH-VPMIKkOkwMMv") is None
    assert filters.generic_value("iiJqrfAnvYnDsaroyUonfOnm", password_slot=True) is None
    assert filters.generic_value("Content-Security-Policy") == "words, not a secret"
    assert filters.generic_value("KeyVaultSecretsUser-Role") == "words, not a secret"
    assert filters.generic_value("externalSecretsOperatorConfig") == "an identifier"
