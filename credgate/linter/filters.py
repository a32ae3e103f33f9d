"""Filters that drop candidates which do not look live.

They run in the order written down in :mod:`credgate.linter.engine`.  Each is
a small predicate that returns a reason string when the candidate should be
dropped (for ``--verbose`` explanations), or ``None`` to keep it.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from credgate.lazyre import LazyPattern
from credgate.safety import RuleBudgetExceeded, _re2_pattern, rule_timeout, time_budget

def _lazy(name: str, pattern: "str | bytes", flags: int = 0) -> Any:
    """``re.compile`` on first use (:class:`~credgate.lazyre.LazyPattern`): the compiled pattern then takes
    its place in this module's globals, so the functions below pay nothing extra after the first call, and
    a hook that judges one value compiles only the patterns that value reaches (all of them cost ~5 ms)."""
    return LazyPattern(globals(), name, pattern, flags)

# Values published in vendor documentation as examples.  Exact matches.
DOCUMENTED_EXAMPLES = frozenset(
    {
        "AKIAIOSFODNN7EXAMPLE",
        "ASIAIOSFODNN7EXAMPLE",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
        "AKIAI44QH8DHBEXAMPLE",
        "xoxb-not-a-real-token-this-will-not-work",
        "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
        "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        "AIzaSyDaGmWKa4JsXZ-HjGw7ISLn_3namBGewQe",
        "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
        # the OAuth 2.0 RFCs' own examples (RFC 6749 access, refresh and code, client secret; RFC 6750 bearer),
        # copied into OAuth libraries' docstrings and tests
        "2YotnFZFEjr1zCsicMWpAA",
        "tGzv3JOkF0XG5Qx2TlKWIA",
        "SplxlOBeZQQYbYS6WxSbIA",
        "7Fjfp0ZBr1KtDRbnfVdmIw",
        "mF_9.B5f-4.1JqM",
        # HTTP Basic examples: RFC 7617 (Aladdin / open sesame, and its one-word spelling), RFC 6749's client
        "QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "YWxhZGRpbjpvcGVuc2VzYW1l",
        "czZCaGRSa3F0MzpnWDFmQmF0M2JW",
        # MinIO's public playground (play.min.io): the access and secret key its docs, mc's default config and
        # the SDK quick-starts publish for anyone to use
        "Q3AM3UQ867SPQQA43P2F",
        "zuf+tfteSlswRu7BJ86wekitnifILbZam1KYY3TG",
        # Shaka Packager's docs: the Widevine test provider's (--signer widevine_test) AES signing key and IV,
        # public so anyone can try the UAT key server
        "1ae8ccd0e7985cc0b6203a55855a1034afc252980e970ca90e5202689f947ab9",
        "d58ce954203b7c9a9a9d467f59839249",
    }
)

# Words whose presence in a value marks it as an example or a placeholder.
_MARKER_WORDS = _lazy("_MARKER_WORDS",
    r"example|placeholder|dummy|sample|(?-i:fake|Fake|FAKE)|redacted|changeme|change_me|change-me|"
    r"your[_-]?(?:api[_-]?)?(?:key|token|secret|password|pass)|insert[_-]?|"
    # Microsoft's SQL Server container docs: MSSQL_SA_PASSWORD "yourStrong(!)Password", "YourStrong!Passw0rd",
    # "<YourStrong@Passw0rd>", copied into every docker-compose and appsettings.Development.json
    r"your[_-]?strong(?:[(!@#_-]|pass)|replace[_-]?me|put your|enter your|"
    r"your unique|unique phrase|"
    r"xxxxx|\*\*\*\*|\.\.\.|\u2026|<[a-z_ -]+>|not[_-]?(?:a[_-]?)?real|"
    # short words only as words: a random 40-char key spells "tbd" about once in 800
    # and as people write them (TODO, todo, Todo): "tBd/vqlb9T8..." is a random key that starts with those letters
    r"(?<![A-Za-z0-9])(?-i:todo|TODO|Todo|tbd|TBD|Tbd)(?![A-Za-z0-9])|"
    r"lorem|ipsum|deadbeefdeadbeef|"
    # a value that says where it may be used ("local-dev-only", "test_only", "demo-only-pw")
    r"(?<![A-Za-z])(?:dev|local|test|testing|demo)[ _-]only(?![a-z])|"
    # a value that says what it is not ("unit-test-only-not-a-secret", "This is not a secret, change it")
    r"not[ _-]?(?:a[ _-]?)?secret",
    re.IGNORECASE,
)

# Templating and variable references: ${X}, {{ x }}, %(x)s, $(cmd), <<x>>, #{x}, @x@, ((x)), &x, '!secret x'
_TEMPLATE = _lazy("_TEMPLATE",
    r"\$\{[^}]*\}?|\{\{.*?\}?\}?|%\([A-Za-z_][\w.]*\)[sdr]?|\$\([A-Za-z_][^)]*\)|<<[^>]*>>|#\{[^}]*\}|^@[A-Za-z_]+@$|"
    r"^\$[A-Za-z_][A-Za-z0-9_]*$|^%[A-Za-z_]+%$|^\{[A-Za-z_][A-Za-z0-9_]*\}$|^__[A-Za-z0-9_]+__$|^@@[A-Za-z0-9_]+@@$|"
    r"^#\{[A-Za-z0-9_.]+\}#?$|"
    # Concourse-style ((var)) and ((source:path.field)); a SAS macro variable (&name, &NAME, &name.) in one
    # case, as macro names are written ("&Harbor2024" mixes cases like a password)
    r"^\(\([A-Za-z_][\w.\-/:]*\)\)$|^&(?:[a-z_][a-z0-9_]{0,31}|[A-Z_][A-Z0-9_]{0,31})\.?$|"
    # Home Assistant / Zigbee2MQTT / ESPHome secrets-file references, quoted ('!secret.yaml mqtt_password')
    r"^!secret(?:\.yaml)?(?:\s.*)?$|"
    # more template languages' references, each the whole value: OpenAS2/Velocity-style $properties.x$, Maven
    # resource filtering @db.password@, a dotted %x.y% (Windows/Octopus), Nomad/Levant [[ .x ]], ERB <%= x %>
    r"^\$[A-Za-z_][\w\-]*(?:\.[\w\-]+)+\$$|^@[A-Za-z_][\w\-]*(?:\.[\w\-]+)+@$|^%[A-Za-z_][\w\-]*(?:\.[\w\-]+)+%$|"
    r"^\[\[[^\[\]]+\]\]$|^<%=?[^%]*%>$"
)
# encrypted-property envelopes, each the whole value: jasypt ENC(...), Mule secure properties ![...], Spring
# Cloud Config {cipher}..., Jenkins/DPAPI AQAAAB.../AQAAANCM... blobs: ciphertext whose key is kept elsewhere
_CIPHER_ENVELOPE = _lazy(
    "_CIPHER_ENVELOPE",
    r"(?:ENC|DEC)\([A-Za-z0-9+/=_\-]{8,}\)|!\[[A-Za-z0-9+/=]{8,}\]|\{cipher\}[A-Za-z0-9+/=]{16,}|"
    r"\{?AQAAA[BN][A-Za-z0-9+/]{30,}={0,2}\}?")

# Code that fetches a secret rather than a literal secret.
_CODE_REF = _lazy("_CODE_REF",
    r"(?:os\.environ|os\.getenv|getenv\(|process\.env|System\.getenv|ENV\[|env\(|"
    r"secrets\.|vault\(|ssm:|secretsmanager:|resolve:|arn:aws|\bconfig\.|settings\.|"
    r"self\.|this\.|params\.|args\.|options\.|\bvar\.|\blocal\.|\bmodule\.)",
    re.IGNORECASE,
)

# Low-information values a generic rule should never report.
_TRIVIAL = frozenset(
    """password passwd pass pwd secret secrets token apikey api_key key null none nil
    undefined true false empty string str required optional default value values test
    testing admin root user username changeit letmein hunter2 mypassword yourpassword
    my_password secretkey secret_key privatekey private_key string[] bool int""".split()
)


# digests of empty input (MD5, SHA-1, SHA-256 of ""): quoted in documentation and code as known constants
_EMPTY_DIGESTS = frozenset((
    "d41d8cd98f00b204e9800998ecf8427e",
    "da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
))
# hex words people type as filler (0xDEADBEEF, CAFEBABE): a value holding one was typed, not drawn
_HEX_WORDS = _lazy("_HEX_WORDS", r"deadbeef|cafebabe|feedface|badc0de|c0ffee|8badf00d|defaced|decafbad|baadf00d",
                   re.IGNORECASE)


def documented_example(secret: str) -> Optional[str]:
    if secret in DOCUMENTED_EXAMPLES or (len(secret) >= 16 and any(secret in ex for ex in DOCUMENTED_EXAMPLES)):
        return "documented vendor example value"
    if secret.lower() in _EMPTY_DIGESTS:
        return "the digest of empty input (a known constant)"
    if len(secret) <= 64 and _HEX_WORDS.search(secret):
        return "hex filler words (deadbeef, cafebabe): typed, not drawn"
    if secret.upper().endswith("EXAMPLE") or secret.upper().endswith("EXAMPLEKEY"):
        return "ends with EXAMPLE, the vendor documentation convention"
    if len(secret) >= 20 and "EXAMPLE" in secret:  # AWS documents session tokens with EXAMPLE inside
        return "contains EXAMPLE, the vendor documentation convention"
    return None


_SEQUENTIAL = _lazy("_SEQUENTIAL", r"(?:0123456789|1234567890|abcdefghij|abcdef|123456|qwerty)+\w{0,6}", re.I)


# "00testtokentesttokentesttoken00", "fake-secret-fake-secret", "DummyKeyDummyKey": words a test writes when it
# needs a value, repeated to a key's length; random keys never spell only these words
_TEST_WORDS = _lazy(
    "_TEST_WORDS", r"(?:test|tests|testing|token|dummy|fake|mock|mocked|stub|fixture|sample|example|invalid|bogus|"
    r"secret|key|keys|password|passwd|pass|pwd|value|api|auth|access|client|user|my|foo|bar|baz|qux|abc|xyz|unit|spec)+",
    re.IGNORECASE)
_TEST_MARK = _lazy("_TEST_MARK", r"test|dummy|fake|mock|stub|fixture|bogus|foo", re.IGNORECASE)


def _made_of_test_words(value: str) -> bool:
    """Only test words once digits and separators are taken out (8 letters at least, a test marker among them)."""
    letters = "".join(c for c in value if c.isalpha())
    if len(letters) < 8 or len(letters) * 3 < len(value) * 2:
        return False
    return bool(_TEST_WORDS.fullmatch(letters) and _TEST_MARK.search(letters))


# test sources: a test directory (test/, tests/, __tests__/, spec/, src/test/...) or a test file name
TEST_SOURCE_PATTERN = (r"(?:^|/)(?:tests?|__tests__|specs?|testing|testdata|test_?fixtures)/|(?:^|/)test_[^/]*$|"
                       r"(?:_test|_spec|\.test|\.spec|Tests?|Spec|IT)\.[A-Za-z]{1,6}$")
_TEST_SOURCE = _lazy("_TEST_SOURCE", TEST_SOURCE_PATTERN)
# a test word as its own part of the value: between separators or at a case change ("testSecret", "fake_key")
_TEST_PART = _lazy(
    "_TEST_PART",
    r"(?:^|[^A-Za-z]|(?<=[a-z])(?=[A-Z]))(?:test|dummy|fake|mock|stub|fixture|bogus|invalid|sample)(?=$|[^a-z]|[A-Z])",
    re.IGNORECASE)
_CODE_FILE = _lazy("_CODE_FILE", r"\.(?:py|java|kt|kts|scala|groovy|go|rs|rb|php|cs|fs|js|jsx|mjs|cjs|ts|tsx|swift|m|"
                                 r"mm|c|cc|cpp|h|hpp|dart|ex|exs|clj|lua)$")


def test_source(path: str) -> bool:
    """A test source file: code (by extension) in a test directory or with a test file name."""
    return bool(_CODE_FILE.search(path) and _TEST_SOURCE.search(path))


def test_mode_key_in_test(path: str) -> Optional[str]:
    """For test-mode provider keys (tag ``test-mode``: Stripe ``sk_test_``): in test code the key is a
    fixture (stripe-mock accepts any ``sk_test_`` key; a test-mode key moves no money).  Elsewhere such a key
    is still reported, at its rule's low severity."""
    if test_source(path):
        return "a test-mode key in test code: a fixture that cannot move money"
    return None


# what a Firebase web or mobile app config holds beside its API key (authDomain, the firebaseapp.com /
# firebaseio.com hosts, messagingSenderId, google-services.json's project_info, GoogleService-Info's GCM_SENDER_ID)
_FIREBASE_CONFIG = _lazy(
    "_FIREBASE_CONFIG",
    rb"\.firebaseapp\.com|\.firebaseio\.com|\.firebasedatabase\.app|messagingSenderId|authDomain|"
    rb"\"project_info\"|GCM_SENDER_ID|initializeApp\(")
_FIREBASE_WINDOW = 600


def firebase_web_config(data: bytes, secret_start: int, secret_end: int) -> Optional[str]:
    """For Google API keys (tag ``public-in-app-config``): the ``apiKey`` of a Firebase app config
    (``firebase: {apiKey, authDomain: "x.firebaseapp.com", projectId, appId}``, google-services.json,
    GoogleService-Info.plist) is public by design: every browser and app install receives it, Firebase's
    documentation says it may be committed, and access is governed by Security Rules, App Check and the
    key's API restrictions, not by keeping it secret.  Reporting it would ask for a rotation that changes
    nothing, so it is dropped (``--verbose`` says why).  A Google key elsewhere (a server config, a Maps
    key in a backend) is still reported."""
    lo = max(0, secret_start - _FIREBASE_WINDOW)
    if _FIREBASE_CONFIG.search(data, lo, min(len(data), secret_end + _FIREBASE_WINDOW)):
        return "the API key of a Firebase app config: public by design (browsers and apps receive it)"
    return None


def test_source_value(path: str, secret: str, labelled_only: bool = False) -> Optional[str]:
    """For generic rules: in a test source file, a value that names itself a test value ("test-api-key-42",
    "fakeSecret123") is a fixture.  Provider-format rules (an AWS key, a GitHub token) are not affected:
    a real-looking credential in a test still blocks.

    The same holds for the data files tests read: a config in a test directory (``src/test/resources/``,
    ``tests/fixtures/``, ``__tests__/``, ``spec/``, ``testdata/``, ``fixtures/``, ``__mocks__/``, ``cypress/``,
    ``e2e/``) or a test profile's own config
    (``application-test.properties``, ``config/test.yml``, ``.env.test``), where only a test word set off as
    a label counts (``unit-test-only``, ``it-test-gateway-7``, ``mock-session-x``): a password that merely
    ends in one (``Harbor2024Test!``) may be a shared test environment's, and is still reported, as is any
    value without a test word.  ``labelled_only``: the label form in test sources too (password rules)."""
    if test_source(path):
        hit = (_TEST_LABEL if labelled_only else _TEST_PART).search(secret)
        return "a test value in a test source file" if hit else None
    if (_TEST_SOURCE.search(path) or _TEST_DATA_DIR.search(path) or _TEST_PROFILE_CONFIG.search(path)) \
            and _TEST_LABEL.search(secret):
        return "a test value in a test configuration file"
    return None


def test_named_key(key_text: str, path: str) -> Optional[str]:
    """For generic rules: in a test source or a test data folder (``tests/fixtures/``, ``spec/``, ``__mocks__/``),
    a value under a key that names itself a test value (``testHmacKey``, ``test_api_secret``, ``FAKE_TOKEN``,
    ``dummySigningKey``) is a fixture: the key marks it test, the path says test (project policy).  The same key in
    a live config (a provider's test-mode key in production settings) is still judged as a value."""
    if not (_TEST_SOURCE.search(path) or _TEST_DATA_DIR.search(path)):
        return None
    m = _KEY_NAME_END.search(key_text)
    if m is None:
        return None
    words = [w.lower() for w in _KEY_WORD.findall(m.group(1))]
    if words and words[0] in _TEST_KEY_WORDS:
        return f"a key named as a test value ({m.group(1)!r}) in a test path: a fixture"
    return None


# the name a value is assigned to (the last name before "=", ":", "=>" and quotes), and its words
_KEY_NAME_END = _lazy("_KEY_NAME_END", r"([A-Za-z][A-Za-z0-9_\-]{1,80})[\"'\]]{0,2}[ \t]*(?:=|:=|=>|:|>)?[ \t]*[\"'`]?$")
_KEY_WORD = _lazy("_KEY_WORD", r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_TEST_KEY_WORDS = frozenset("test testing dummy fake mock stub fixture bogus".split())


# a test word as a label of its own: at the value's start or after a separator, and followed by a separator,
# a digit or the end ("unit-test-only", "test_db_1", "mock.session"; not "Harbor2024Test!" nor "testpass")
_TEST_LABEL = _lazy(
    "_TEST_LABEL",
    r"(?i)(?:^|[-_.:/ ])(?:test|tests|testing|unittest|dummy|fake|mock|stub|fixture|bogus)(?=$|[-_.:/ 0-9])")
# folders of test data in other layouts: fixtures and mocks (Rails, Jest, Django), end-to-end suites (Cypress,
# Playwright, e2e/)
_TEST_DATA_DIR = _lazy(
    "_TEST_DATA_DIR", r"(?i)(?:^|/)(?:fixtures?|__fixtures__|__mocks__|mocks?|cypress|playwright|e2e)/")
# a test profile's config: Spring's application-test.properties, Rails/Node config/test.yml, .env.test
_TEST_PROFILE_CONFIG = _lazy(
    "_TEST_PROFILE_CONFIG",
    r"(?i)(?:^|/|[-_.])(?:test|tests|testing|unittest|it)\.(?:properties|ya?ml|json|toml|ini|conf|cfg|xml|env)$|"
    r"(?:^|/)\.env\.(?:test|testing)(?:\.local)?$")


_HTML_ESCAPES = ("&lt;", "&gt;", "&#")  # an XML-escaped placeholder ("&lt;must-be-changed&gt;")


def placeholder(secret: str, long_random: bool = False, weak_ok: bool = False) -> Optional[str]:
    """``long_random``: a long value (a key body) only counts as a placeholder when it
    starts like one; marker words deep inside long random text are chance.  ``weak_ok``: the
    rule's context says a literal there is the live password (tag ``weak-password``), so a
    keyboard run with digits ("qwerty2024") is a weak password, not a placeholder."""
    if "&" in secret and any(e in secret for e in _HTML_ESCAPES):
        import html  # lazy: an escaped value is rare

        plain = html.unescape(secret)  # tomcat-users.xml password="&lt;must-be-changed&gt;": "<must-be-changed>"
        if plain != secret:
            why = placeholder(plain, long_random, weak_ok)
            if why:
                return f"{why} (XML/HTML-escaped)"
    if long_random:
        head = secret[:40]
        if _TEMPLATE.match(head) or _MARKER_WORDS.match(head):
            return "template or placeholder"
        return None
    if _TEMPLATE.search(secret):
        return "template or variable reference, not a literal"
    if _CIPHER_ENVELOPE.fullmatch(secret.strip("'\"` ")):
        return "an encrypted-property envelope (ENC(...), ![...], {cipher}...): ciphertext, not the secret"
    if "://" in secret and _STORE_URI.match(secret.strip("'\"` ")):
        return "a reference to a secret store entry (op://, ref+vault://, gcpsm://...), not the secret"
    if _MARKER_WORDS.search(secret):
        return "contains a placeholder/example marker"
    stripped = secret.strip("'\"` ")
    if len(set(stripped)) <= 2 and len(stripped) >= 3 and not _two_digit_pin(stripped):
        return "repeated characters"
    if _made_of_test_words(stripped):
        return "made of test words (test, token, dummy, fake ...), a test value"
    if not weak_ok and _SEQUENTIAL.fullmatch(stripped):
        return "sequential characters"
    if stripped[:1] == "<" and stripped[-1:] == ">" and _ANGLE_PLACEHOLDER.fullmatch(stripped):
        return "an angle-bracket placeholder (<from 1password: ...>, <DATADOG_API_KEY>)"
    if 12 <= len(stripped) <= 96 and _B64_TEXT.fullmatch(stripped):
        said = _b64_text(stripped)
        if said is not None and (_MARKER_WORDS.search(said) or _made_of_test_words(said) or _TEST_HEAD.match(said)):
            return f"base64 of a test or placeholder text ({said[:40]!r})"
    return None


def _two_digit_pin(s: str) -> bool:
    """A PIN of 4 to 8 digits made of two digits ("6161", "7337", "4499", "7888"): a chosen PIN, not a run of
    one key ("0000", "1111") or a run of zeros with one odd digit ("0001", "1000")."""
    if not 4 <= len(s) <= 8 or not s.isdigit() or len(set(s)) != 2:
        return False
    a, b = set(s)
    if s.count(a) >= 2 and s.count(b) >= 2:
        return True
    # one odd digit: a chosen PIN ("7888", "1222") unless the run is of zeros ("1000", "0009", "5000")
    major = a if s.count(a) > 1 else b
    return major != "0"


# a secret store's reference URI, resolved at run time: 1Password (op://vault/item/field), vals (ref+vault://,
# ref+awssecrets://, ref+sops://), and the scheme-style references of Vault, SSM, Secrets Manager, GCP Secret
# Manager, Azure Key Vault, Doppler and Infisical tools; no user:password@ part (that is a URL's credential)
_STORE_URI = _lazy(
    "_STORE_URI",
    r"(?:op|ref\+[a-z0-9]+|vault|ssm|awssm|awssecrets|secretsmanager|gcpsm|azurekeyvault|keyvault|akv|doppler|"
    r"infisical)://[A-Za-z0-9_.\-/#?=&+ ]+$")
# "<from 1password: Datadog staging>", "<DATADOG_API_KEY>", "<paste the key here>": what to put there, in
# words or as a name (a random secret does not start with "<" and end with ">" around words)
_ANGLE_PLACEHOLDER = _lazy(
    "_ANGLE_PLACEHOLDER", r"<(?:[^<>\n]*[A-Za-z]{3,}[^<>\n]*\s[^<>\n]*[A-Za-z]{3,}[^<>\n]*|[A-Za-z][A-Za-z_.:/\-]{2,80})>")
# a short standard base64 value (padding as base64 writes it) that may decode to words
_B64_TEXT = _lazy("_B64_TEXT", r"(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{4})")
# decoded text that opens with a test word as its own part ("test-signing-secret", "dummy_key")
_TEST_HEAD = _lazy("_TEST_HEAD", r"(?:test|dummy|fake|mock|stub|fixture|bogus|sample|example)(?:[^a-z]|$)", re.IGNORECASE)


def _b64_text(value: str) -> Optional[str]:
    """The text a short base64 value encodes, when it is printable words (``dGVzdC1zaWduaW5n...`` is
    "test-signing-..."); None for random bytes (a random 12-byte key decodes to printable ASCII about once
    in 150,000 draws)."""
    import binascii

    try:
        raw = binascii.a2b_base64(value)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < 8 or not all(32 <= b < 127 for b in raw):
        return None
    text = raw.decode("ascii")
    return text if sum(c.isalpha() for c in text) * 2 >= len(text) else None


# "Pepper-Tundra-40*": a password that ends in "*", not a glob (no "/" or ":", letters and a digit before it)
_STARRED_PASSWORD = _lazy("_STARRED_PASSWORD", r"(?=[^*]*[A-Za-z])(?=[^*]*\d)[\w.\-!@#%^&]{5,}\*")
# a path segment of 16+ characters mixing upper case, lower case and digits is a key ("/P5Zw...Gen"), not a folder
_RANDOM_SEGMENT = _lazy("_RANDOM_SEGMENT", r"(?:^|/)(?=[^/]*[A-Z])(?=[^/]*[a-z])(?=[^/]*\d)[^/]{16,}")


_B64_KEY_BODY = _lazy("_B64_KEY_BODY", r"(?=[^/]*/)(?=.*[A-Z])(?=.*[a-z])[A-Za-z0-9+/]{8,}={0,2}")
# a folder name cut into humps as people write them: Camel words, lower words, UPPER runs, numbers
_HUMP = _lazy("_HUMP", r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+|.")
_VERSION_SEGMENT = _lazy("_VERSION_SEGMENT", r"v[0-9]+(?:[a-z]+[0-9]+)?")
_VOWELS = frozenset("aeiouyAEIOUY")


def _random_segment(seg: str) -> bool:
    """A ``/``-separated piece no one would name a folder. People write folders as words (``DataLake``,
    ``site``, ``LICENSES``) with at most a trailing number (``Project2``) or as versions (``v1beta1``); random
    base64 mixes case and digits anywhere (``iaFlJi8Y``), leaves one-letter humps (``auSDmLhu``) and humps
    of three or more letters without a vowel (``HbkQfyy``)."""
    seg = seg.rstrip("=")
    if len(seg) < 5 or seg.islower() or seg.isupper() or _VERSION_SEGMENT.fullmatch(seg):
        return False
    humps = _HUMP.findall(seg)
    last = len(humps) - 1
    for i, h in enumerate(humps):
        if h.isdigit():
            if i != last:
                return True
        elif len(h) == 1:
            if not (i == 0 and h.islower()):  # "eShop", "iPhone"
                return True
        elif not h.isupper():
            if len(h) >= 3 and not any(c in _VOWELS for c in h):
                return True
    return False


def random_letters(v: str, loose: bool = False) -> bool:
    """Mixed-case letters no one would write as a word or identifier (``ETZvYzgPqpvV``, about 1 in 8 random
    12-character alphanumeric passwords has no digit). Identifiers are humps of words and acronyms
    (``MySQLPassword``, ``XPathEngine``); random letters break into one-letter humps, short humps and long runs
    without a vowel. Strict (the default, for any secret-named key): two one-letter humps, humps averaging
    under 2.2 letters, or a 5-letter run without a vowel; 0.4% of 87,000 mixed-case identifiers from Python
    sources read random this way, and half of random letter strings. Loose (a value already in a password
    slot): what reads random strictly, one one-letter hump, or a 3-letter run without a vowel (``Kms``,
    ``Cfn`` are read random then)."""
    if not v.isascii() or v.islower() or v.isupper():
        return False
    humps = _HUMP.findall(v)
    single = sum(1 for i, h in enumerate(humps) if len(h) == 1 and not (i == 0 and h.islower()))
    novowel = max((len(h) for h in humps if not h.isupper() and not any(c in _VOWELS for c in h)), default=0)
    strict = single >= 2 or len(v) < 2.2 * len(humps) or novowel >= 5
    return strict or single >= 1 or novowel >= 3 if loose else strict


def password_letters(v: str) -> bool:
    """Mixed-case letters under a key that names a password: random by either test of :func:`random_letters`,
    or 10+ letters, and never made of words (:func:`made_of_words`: ``SvmAdminPassword`` is a property
    name; ``zMcRefOkftHa`` and ``kCNQNGDqeyTS``, whose humps are too few and too long for the hump tests,
    are a generator's output)."""
    return (len(v) >= 10 or random_letters(v, loose=True)) and v.isascii() and not v.islower() \
        and not v.isupper() and not made_of_words(v)


_LETTER_HUMP = _lazy("_LETTER_HUMP", r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+")


def made_of_words(v: str) -> bool:
    """Four in five letters sit in humps of three or more with a vowel (or in acronyms of three or more
    capitals), one of four or more: words (``SomeKindOfPassword123!``, ``MySQLPassword``); 1 in 100 random
    12-24 character passwords reads so."""
    humps = _LETTER_HUMP.findall(v)
    letters = sum(len(h) for h in humps)
    vowelled = [h for h in humps if len(h) >= 3 and any(c in _VOWELS for c in h)]
    acronyms = sum(len(h) for h in humps if len(h) >= 3 and h.isupper() and h not in vowelled)  # SQL, HTTP
    return letters > 0 and sum(map(len, vowelled)) + acronyms >= 0.8 * letters and any(len(h) >= 4 for h in vowelled)


_DOTTED_PIECES = _lazy("_DOTTED_PIECES", r"[A-Za-z0-9_]+(?:[.\-][A-Za-z0-9_]+)+")


def random_by_chance(secret: str, loose: bool = False) -> bool:
    """A random value with a word's or a path's outline: letters only that are no word
    (:func:`random_letters`; :func:`password_letters` too, ``loose``, where the key names a password), or a base64 run starting with ``/``
    whose segments are no folders."""
    v = secret.strip().strip("'\"`")
    if loose and v.isascii() and 4 <= len(v) <= 8 and v[0].isalpha() and slot_short_password(v) \
            and ((len(v) >= 6 and v.isalpha() and v.isupper()) or (len(v) <= 5 and any(c in _STRONG_SYMBOLS for c in v))):
        # where a password is named (a runbook's "the share password is LXFMGFFZ", a ticket's "reset password to
        # Kat#"): six to eight capitals that spell no word, or four or five characters of three classes with a
        # symbol no sentence ends on, are a password a person typed, not the word a prose allowlist drops (session 20)
        return True
    if len(v) < 8:
        return False
    if v.isalpha():
        return random_letters(v) or (loose and password_letters(v))
    if v[0] in "%*" and v[1] not in "(.{s" and _random_segment(v[1:]):
        return True  # "%CpjRPBPUPKsMop0JVrx", "*1Z9gkfL-C-ZaK3m": no format directive (%s, %(x)s) or glob
    if "." in v and _DOTTED_PIECES.fullmatch(v):
        # "VYv_dMDqCbF.StNWO.qaQpvI": a generated password with dots has a dotted name's outline, but its letters
        # together are no words (Rails.application.credentials.smtp_password, config.smtpPassword are) (session 19)
        letters = "".join(c for c in v if c.isalpha())
        if len(letters) >= 12 and random_letters(letters):
            return True
    return v[0] == "/" and _base64_key_with_slashes(v)


def _base64_key_with_slashes(v: str) -> bool:
    """``/rbCZ5/BY+d5h9h9C6MCK/RSjtJjvqCoHy/6QeZB`` or ``/a6Wmt/iaFlJi8Y/l6iJ``: a random secret (1 in ~3,000
    AWS secrets starts with ``/``, and 1 in 64 random base64 passwords) whose ``/`` split it into short
    random segments. A base64-alphabet value is a key when two of its segments are not folder names, or one
    is and the value is a single segment, key-long (30+) or that segment is 10+ characters. 10 of ~300,000
    paths under /usr and site-packages read as keys this way (terminfo names such as ``hp70092A``)."""
    if len(v) < 8 or not _B64_KEY_BODY.fullmatch(v):
        return False
    segs = [s for s in v.split("/") if s]
    randoms = [s for s in segs if _random_segment(s)]
    if len(randoms) >= 2:
        return True
    return len(randoms) == 1 and (len(segs) == 1 or len(v) >= 30 or len(randoms[0]) >= 10)


# encrypted-value envelopes and public key lines, by their opening (the rest of the value is ciphertext)
# Jenkins writes its encrypted secrets as base64 in braces ("{AQAAABAAAAAQ...}", older "{7gSm...=}"): in
# credentials.xml, config.xml and the CasC exports; only Jenkins' master key turns them back
_JENKINS_BRACED = _lazy("_JENKINS_BRACED", r"\{[A-Za-z0-9+/]{24,}={0,2}\}")
_ENVELOPE = _lazy(
    "_ENVELOPE",
    r"ENC\[(?:AES256_GCM|AES256_CBC|PGP|KMS),|vault:v[0-9]{1,3}:[A-Za-z0-9+/]{8}|\$ANSIBLE_VAULT;|!vault\b|"
    # Spring Cloud Config's encrypted property ({cipher} then hex or base64: the config server decrypts it)
    r"\{cipher\}(?:\{[A-Za-z]+:[^}]{1,64}\})*[A-Za-z0-9+/=]{16}|"
    # IIS applicationHost.config attributes encrypted by a configuration provider ([enc:Provider:base64:enc])
    r"\[enc:[A-Za-z0-9_]{2,64}:[A-Za-z0-9+/=]{16}|"
    # a SQL Server login's password hash (CREATE LOGIN ... WITH PASSWORD = 0x0200... HASHED): version 1 or 2
    r"0x0[12]00[0-9A-Fa-f]{48}|"
    # an OpenPGP message in base64 (a public-key encrypted session key packet first: Terraform's pgp_key outputs,
    # encrypted_secret / encrypted_password in state and variable exports)
    r"(?:wcFMA|wcBMA|wcDMA|hQEMA|hQIMA|hQGMA)[A-Za-z0-9+/]{40}")
_SSH_PUBLIC = _lazy(
    "_SSH_PUBLIC", r"(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521))\s+AAAA[A-Za-z0-9+/]{16}")


# generic_value's shapes, compiled once (a tree of JSON dumps judges tens of thousands of values); each is
# tried only when the value has a character the shape needs (tests/linter/test_judge_fast.py holds the
# plain version of this function as the reference)
_GV_YAML_TAG = _lazy("_GV_YAML_TAG", r"![A-Za-z][A-Za-z0-9:]*")
_GV_CONCAT = _lazy("_GV_CONCAT", r"\+\s*[A-Za-z_$][\w$.\[\]()]*\s*\+")
_GV_TIMESTAMP = _lazy(
    "_GV_TIMESTAMP", r"1[0-9]{9}(?:[0-9]{3})?|[12][0-9]{3}-[01][0-9]-[0-3][0-9](?:[T ][0-2][0-9]:[0-5][0-9]"
    r"(?::[0-5][0-9](?:\.[0-9]{1,9})?)?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?")
_GV_CALL = _lazy("_GV_CALL", r"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*\(.*\)?")
# A letter or digit right after a closing parenthesis (``Xk2(aV*Z7%C.d0FbZ6)O%g``): no language writes a call
# that way; a password with parentheses in the middle (one with a digit: SQL Server's documented
# ``yourStrong(!)Password`` stays dropped).
_GV_CLOSE_ALNUM = _lazy("_GV_CLOSE_ALNUM", r"\)[A-Za-z0-9]")
_GV_WORDISH = _lazy("_GV_WORDISH", r"[a-z_$][a-z0-9_$]*|[A-Z][A-Z0-9_]*|[A-Za-z_$][a-z_$]*[0-9]*(?:[A-Z][a-z]+[0-9]*)+")


def _concat_operand(v: str) -> bool:
    """``+x+`` read as the middle of ``"..." + x + "..."``: a spaced ``+``, a dotted, indexed or called operand,
    or a name written as code (snake_case, camelCase, CONSTANT). ``+nWugieNK4JBPHblqvg+`` is a random value
    that happens to start and end with ``+`` (base64), not an operand."""
    inner = v[1:-1]
    if inner != inner.strip() or any(c in inner for c in ".[("):
        return True
    return bool(_GV_WORDISH.fullmatch(inner))


_GV_CONSTANT = _lazy("_GV_CONSTANT", r"[A-Z][A-Z0-9_]{2,}")
_GV_CAMEL = _lazy("_GV_CAMEL", r"[a-z]+(?:[A-Z][a-z]+)+")
_GV_SLUG = _lazy("_GV_SLUG", r"[a-z]+(?:[_-][a-z0-9]+){1,}")
_GV_WORDS = _lazy("_GV_WORDS", r"[^\W\d_]+(?:[-\s][^\W\d_]+)+")
_GV_UUID = _lazy("_GV_UUID", r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", re.I)
_GV_WILDCARD = _lazy("_GV_WILDCARD", r"\*?[\w.\-/:!@]*(?:[/:]\*|\*$|\*[/:])[\w.\-/:!@*]*|\*[\w.\-]*")
_GV_PATH = _lazy("_GV_PATH", r"(?:/|\./|\.\./|~/|[A-Za-z]:\\)[^\s]*")
_GV_URL = _lazy("_GV_URL", r"https?://[^\s:@]+")
# Mapbox public tokens are pk. + a long token (pk.eyJ... when real); their secret twins are sk. (mapbox-secret-token)
# Datadog browser/RUM client tokens are pub + 32 hex (public by design; Datadog API and app keys are bare hex)
_GV_PUBLISHABLE = _lazy("_GV_PUBLISHABLE",
                        r"pk_(?:live|test)_|pk\.(?:eyJ|[A-Za-z0-9_\-/+]{40,})|pub_|public[_-]|pub[0-9a-f]{32}$"
                        # a Stripe PaymentIntent's or SetupIntent's client_secret: handed to the browser by design
                        r"|(?:pi|seti)_[A-Za-z0-9]{8,64}_secret_[A-Za-z0-9]{8,64}$"
                        # an Adyen client key (test_/live_ and 32 capitals and digits): Drop-in and Components load it
                        # in the browser; Adyen's API keys are long AQE... strings, Mollie's live_ keys mixed-case
                        r"|(?-i:(?:test|live)_[A-Z0-9]{32})$",
                        re.IGNORECASE)
_GV_TEST_VALUE = _lazy(
    "_GV_TEST_VALUE", r"(?i)(?:test|testing|demo|dev|local|admin|user|guest|pass|passw[o0]rd|secret|qwerty|letmein)"
    r"[\W_]?\d{0,6}[\W_]?")
_GV_WORD = _lazy("_GV_WORD", r"[A-Z]?[a-z]+(?:[A-Z][a-z]+)*")
# an unquoted Terraform/HCL reference: RESOURCE_TYPE.NAME.ATTRIBUTE (a provider_type, then at least a name and an
# attribute: aws_iam_access_key.smtp.ses_smtp_password_v4, random_password.db_v2.result), data.TYPE.NAME.ATTR,
# each.value.x, Terragrunt's dependency.NAME.outputs.x (var., local., module. are _CODE_REF's).  A password has no such shape: lower-case words joined by
# "_", then two or more dotted parts (session 13)
_GV_TF_REFERENCE = _lazy("_GV_TF_REFERENCE",
                         r"(?:data\.)?[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9]\.[A-Za-z_][\w\-]*(?:\.[A-Za-z_][\w\-]*)+|"
                         r"(?:each\.(?:key|value)|dependency\.[A-Za-z_][\w\-]*\.outputs)(?:\.[A-Za-z_][\w\-]*)*")
_GV_RESOURCE = _lazy("_GV_RESOURCE", r"[a-z0-9_\-]+(?:/[a-z0-9_.\-]+)+/?")
# a Secrets Manager reference NAME:JSON_KEY:VERSION_STAGE:VERSION_ID (ECS/Copilot/CodeBuild "app/stripe:key::",
# "db-creds:password:AWSCURRENT:"): the stage or the version is left empty or names a stage
_GV_SM_REFERENCE = _lazy("_GV_SM_REFERENCE",
                         r"[A-Za-z0-9/_+=.@\-]+:[A-Za-z0-9_.\-]*:(?:|AWSCURRENT|AWSPREVIOUS|AWSPENDING):[A-Za-z0-9\-]*")


def publishable(value: str) -> Optional[str]:
    """A publishable key (Stripe ``pk_live_``, Mapbox ``pk.eyJ...``, Datadog RUM ``pub...``): public by design.
    Part of :func:`generic_value`, and asked on its own by rules that keep other generic shapes (the
    name/value rule keeps UUIDs)."""
    if _GV_PUBLISHABLE.match(value.strip().strip("'\"`")):
        return "a publishable (public) key"
    return None


TEST_VALUE = "a test or default value"
A_UUID = "a UUID"
PLAIN_WORD = "a plain word or identifier"
_GV_MARKER = _lazy("_GV_MARKER", r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})|[#@][A-Za-z_][\w.\-/:]*")


def _marker(v: str) -> bool:
    """``#fff``, ``#section-2``, ``@Autowired``, ``@acme/ui``: a colour, anchor, decorator or scope. A password
    that happens to start with ``#`` or ``@`` (1 in 20 drawn from a symbol alphabet: ``@xXToKD4w&HlwTvRam4*``)
    is not: after the sign it holds other symbols, or letters that are not a name (``#qZ4vR8mNw2``)."""
    if not _GV_MARKER.fullmatch(v):
        return False
    rest = v[1:]
    if len(rest) <= 8 or rest.islower() or rest.isupper():
        return True
    return not any(_random_segment(seg) for seg in re.split(r"[.\-/:_]", rest))

# words of a slug that names something (a secret's name, a database, a service, an environment): in a password
# slot "prod-db-credentials", "my-secret-name", "postgres-main" or "billing-api-key" is a reference to the secret,
# while "clover-alfalfa-78" (diceware words and digits, as password managers generate them) is the secret
_NAME_WORDS = frozenset(
    """password passwords passwd pass pwd passphrase secret secrets credential credentials creds cred key keys
    token tokens auth login logins user users username admin admins root name names main primary replica master
    prod production staging stage stg dev devel develop development test tests testing qa uat sandbox local
    default defaults env environment config cfg conf settings setting db dbs database databases postgres postgresql
    pg mysql mariadb mongo mongodb redis rds aurora sql dynamo api apis app apps application service services svc
    server servers host hosts node nodes cluster instance vault ssm kms aws gcp azure param params parameter store
    value the my our your new old temp tmp backup read write readonly ro rw access arn ref secretsmanager manager
    web worker workers queue cache bucket stack role roles policy group team account accounts project tenant
    release build deploy pipeline job jobs internal external public private shared common core data file files
    path url endpoint port example sample demo dummy fake mock placeholder reader writer owner operator runner
    agent bot client clients consumer producer region zone east west north south central foo bar baz qux abc def
    xyz sha scram aes rsa hmac gcm cbc ecb tls ssl utf base hex gzip zstd bcrypt argon pbkdf ecdsa dsa des cipher
    hash plain plaintext auto none sasl oauth jwt http https tcp udp ipv linux ubuntu debian alpine amd arm x86
    release still valid same expired rotated required""".split())
_PASSPHRASE_WORD = _lazy("_PASSPHRASE_WORD", r"[A-Za-z][a-z]{2,11}")
# the number a person or a generator adds: two to four digits ("-78", "orchard24"); a single digit ends an
# enumeration far more often ("print-memory-usage-1", "section-flags-2", "replica-set-3")
_PASSPHRASE_TAIL = _lazy("_PASSPHRASE_TAIL", r"([A-Za-z][a-z]{2,11})?([0-9]{2,4})[!@#$%^&*?.+=~]{0,2}")
_VOWEL_RE = _lazy("_VOWEL_RE", r"[aeiouy]", re.IGNORECASE)
# one word, a separator and three to six digits (two digits end an enumeration: node_01, replica-02)
_WORD_NUMBER = _lazy("_WORD_NUMBER", r"[a-z]{4,12}[_\-][0-9]{3,6}")


def _word_number_password(v: str) -> bool:
    """``rift_4099`` in a password slot is the password; ``build_1234``, ``release-2024``, ``backup_2023`` (a word
    that names a kind of thing, see :data:`_NAME_WORDS`) or a word without a vowel (``prd_1234``) is a name."""
    word = re.split(r"[_\-]", v, 1)[0]
    return word not in _NAME_WORDS and _VOWEL_RE.search(word) is not None


def passphrase(v: str) -> bool:
    """A diceware-style passphrase as password managers and people make them: words joined by ``-``, two or
    more with digits (``clover-alfalfa-78``, ``heron-orchard24``) or three or more without (``fossil-lantern-
    quarry``).  A slug that names something (``prod-db-credentials``, ``my-secret-name``, ``postgres-main``,
    ``orders-api-v2``) is not one: a word of it names a kind of thing (:data:`_NAME_WORDS`), or it has too few
    words.  Underscores are the code-identifier convention (``db_pass_2``) and are not read as passphrases."""
    parts = v.split("-")
    if len(parts) < 2 or len(parts) > 8 or len(v) > 64:
        return False
    words = 0
    digits = False
    for i, part in enumerate(parts):
        if _PASSPHRASE_WORD.fullmatch(part):
            low = part.lower()
            if low in _NAME_WORDS or not _VOWEL_RE.search(low):
                return False
            words += 1
            continue
        m = _PASSPHRASE_TAIL.fullmatch(part) if i == len(parts) - 1 else None
        if m is None:
            return False  # "v2", "db01", "3f9a" inside: a version, a host number or a hash, not a word list
        if m.group(1):
            if m.group(1).lower() in _NAME_WORDS:
                return False
            words += 1
        digits = True
    if v.lower() in _XKCD:
        return False
    return words >= 3 or (words >= 2 and digits)


# the passphrase every tutorial on passphrases shows (xkcd 936): a documented example, not a secret
_XKCD = frozenset(("correct-horse-battery-staple",))


def _random_piece(v: str) -> bool:
    """A dash- or space-separated value with a piece of 8+ mixed-case letters that no one would write as a
    word (:func:`password_letters`): ``tNyOBCTkVEH-VPMIKkOkwMMv`` is a random token (``secrets.token_urlsafe``
    draws one in 270 so), not two words."""
    return any(len(p) >= 8 and password_letters(p) for p in _WORD_SPLIT.split(v))


_WORD_SPLIT = _lazy("_WORD_SPLIT", r"[-\s]")


def _random_after_bang(name: str) -> bool:
    """A "tag" that a machine drew: a random password that starts with "!" (``!O6r7EjUdbx2kIqV``,
    ``!VdtgLIYozCdr``), not a tag name (``!GetAtt``, ``!Base64``, ``!vault:v1``), whose letters and digits
    change class a few times at most."""
    if len(name) < 11:
        return False
    if name.isalpha():
        return password_letters(name)
    if not (any(c.isdigit() for c in name) and any(c.islower() for c in name) and any(c.isupper() for c in name)):
        return False
    kinds = ["d" if c.isdigit() else "u" if c.isupper() else "l" if c.islower() else "o" for c in name]
    return sum(1 for a, b in zip(kinds, kinds[1:]) if a != b) * 2 >= len(name)


_GV_OPEN_ARGS = _lazy("_GV_OPEN_ARGS", r"(?:[\"'`$&*@\[{].*|[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*[,.]?)?")


_GV_CALL_TAIL = _lazy("_GV_CALL_TAIL", r"(?:(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\(.*)?)+|\[.*\])?(?:\\[nrt]|[\s;,)\"'])*")


def _call_tail(v: str) -> bool:
    """What follows a call's last ``)`` is nothing, a ``;``, an attribute or method chain or an index:
    ``Z(xM9AJYyk4HP_zU9_aRYL)ZuWQ`` (a password with parentheses inside, SolarWinds-style) is not a call;
    ``yourStrong(!)Password`` (SQL Server's documented example: nothing but symbols inside, a word after) stays
    dropped with the calls."""
    close = v.rindex(")")
    tail = v[close + 1:]
    if _GV_CALL_TAIL.fullmatch(tail):
        return True
    inside = v[v.index("(") + 1:close]
    return tail.isalpha() and not any(c.isalnum() for c in inside)


def _open_call_args(v: str) -> bool:
    """``get_secret(`` / ``os.getenv("DB`` / ``f(a,``: a call cut short by the rule's value class (its
    arguments start with a quote, a sigil, a bracket or a word).  ``D19Lf0(21NUPDmnHWv9M`` is a password with
    a parenthesis: what follows the ``(`` is neither, and it must not be dropped as code."""
    rest = v[v.index("(") + 1:]
    if not _GV_OPEN_ARGS.fullmatch(rest):
        return False
    if not rest or rest[0] in "\"'`$&*@[{":
        return True
    return all(_GV_WORDISH.fullmatch(w) for w in rest.rstrip(",.").split("."))


def _random_callee(v: str) -> bool:
    """What stands before a "call"'s ``(`` is a machine's draw, not a function's name: ``Or0vJ9UHk.uvIwkE(j_4_=a)``
    is a generated password with a dot and parentheses (session 20: a Dockerfile ENV), ``os.getenv(``,
    ``Secrets.fetch(`` and ``b64decode(`` are calls.  The callee's letters and digits (dots and underscores left
    out) must mix digits and both cases and change class at every other character or more, as a "tag" that a
    machine drew (:func:`_random_after_bang`); letters alone (``MySQLdb.connect``) stay a name."""
    name = v[:v.index("(")].replace(".", "").replace("_", "")
    return not name.isalpha() and _random_after_bang(name)


def generic_value(secret: str, password_slot: bool = False) -> Optional[str]:
    """Extra checks for rules that match any value assigned to a secret-named key.  ``password_slot``: the
    rule reads a slot that holds a password (tag ``password``), where a diceware passphrase
    (:func:`passphrase`) is the password, not a slug of words."""
    v = secret.strip().strip("'\"`")
    if not v:
        return "empty value"
    if v.lower() in _TRIVIAL:
        return "a word, not a secret"
    if not any(c.isalnum() for c in v):  # (.*?)(, ***, ----, ${}: a pattern, mask or separator
        return "no letter or digit: a pattern, mask or separator, not a secret"
    if v[0] == "!" and _GV_YAML_TAG.fullmatch(v) and not _random_after_bang(v[1:]):
        return "a YAML tag (CloudFormation intrinsic such as !GetAtt), not a literal"
    if _CODE_REF.search(v):
        return "reads the secret from elsewhere (code reference)"
    if "." in v and _GV_TF_REFERENCE.fullmatch(v):
        return "a Terraform reference (resource.name.attribute, data.x.y.z, each.value, dependency.x.outputs), not a literal"
    if v[0] == "+" and _GV_CONCAT.fullmatch(v) and _concat_operand(v):
        return "string concatenation in code ('+a.value+'), not a literal"
    if v[0] in "12" and _GV_TIMESTAMP.fullmatch(v):
        return "a timestamp"
    if "(" in v and _GV_CALL.fullmatch(v) and ((")" in v and _call_tail(v)) or _open_call_args(v)) \
            and not (_GV_CLOSE_ALNUM.search(v) and any(c.isdigit() for c in v)) and not _random_callee(v):
        return "a function call"
    if "_" in v and _GV_CONSTANT.fullmatch(v):
        return "a constant or environment variable name"
    if len(v) > 12 and _GV_CAMEL.fullmatch(v) and not password_letters(v):
        return "an identifier"
    alnum = v.isalnum()  # no "-", "_" or space: neither a slug nor words
    if password_slot and len(v) == 19 and app_password(v):
        return None  # a Google app password (four groups of four letters) in a password slot: the password
    if not alnum and (_GV_SLUG.fullmatch(v) or _GV_WORDS.fullmatch(v)) and password_slot and passphrase(v):
        return None if len(v) >= 8 else "too short to be a secret"
    if password_slot and not alnum and _WORD_NUMBER.fullmatch(v) and _word_number_password(v):
        return None  # "rift_4099", "raid-7246": a word and a number, the password people choose most
    if not alnum and _GV_SLUG.fullmatch(v):
        return "an identifier or slug of words"
    if not alnum and _GV_WORDS.fullmatch(v) and not _random_piece(v):
        return "words, not a secret"
    if len(v) == 36 and _GV_UUID.fullmatch(v):
        return A_UUID
    if "*" in v and _GV_WILDCARD.fullmatch(v) and not _STARRED_PASSWORD.fullmatch(v) \
            and not (v[0] == "*" and "*" not in v[1:] and "/" not in v and _random_segment(v[1:])):
        return "a wildcard pattern"
    if (v[0] in "/.~" or v[1:2] == ":") and _GV_PATH.fullmatch(v) and not _RANDOM_SEGMENT.search(v) \
            and not _base64_key_with_slashes(v):
        return "a file path"
    if v.startswith("http") and _GV_URL.fullmatch(v):
        return "a URL without credentials"
    if _GV_PUBLISHABLE.match(v):
        return "a publishable (public) key"
    if v.startswith(("AQICAH", "AQEDAH", "AQIDAH", "AQAAANCMnd8BFdERjHoAwE", "{AQAAAB")):
        return "ciphertext (AWS KMS or Windows DPAPI blob), not the secret itself"
    if v[0] == "{" and v[-1] == "}" and len(v) >= 26 and _JENKINS_BRACED.fullmatch(v):
        return "ciphertext (a Jenkins secret, {base64} as credentials.xml and CasC exports write it), not the secret itself"
    if _ENVELOPE.match(v):
        return ("ciphertext (SOPS ENC[...], Vault transit vault:vN:, ansible-vault, Spring {cipher}, IIS [enc:...], "
                "an OpenPGP message) or a SQL Server 0x0200 login hash, not the secret itself")
    if _SSH_PUBLIC.match(v):
        return "an SSH public key (public material)"
    if _GV_TEST_VALUE.fullmatch(v):
        return TEST_VALUE
    if v.startswith("-----") or (v[:1] in ("#", "@") and _marker(v)):
        return "a colour, anchor, decorator or marker, not a secret"
    if v.isalpha() and (len(v) < 16 or v.islower() or v.isupper() or _GV_WORD.fullmatch(v)) \
            and not (len(v) >= 8 and (random_letters(v) or (password_slot and password_letters(v)))) \
            and not (password_slot and v.isupper() and slot_short_password(v)):
        return PLAIN_WORD
    if "/" in v and _GV_RESOURCE.fullmatch(v):
        return "a path or resource name"
    if v.count(":") == 3 and _GV_SM_REFERENCE.fullmatch(v):
        return "a Secrets Manager reference (name:json-key:stage:version), not the secret"
    if len(v) < 6 and not (password_slot and slot_short_password(v)):
        return TOO_SHORT
    return None


TOO_SHORT = "too short to be a secret"


# a Google account app password as the account page shows it: four groups of four lower-case letters
_APP_PASSWORD = _lazy("_APP_PASSWORD", r"[a-z]{4}([- ])[a-z]{4}\1[a-z]{4}\1[a-z]{4}")


def app_password(v: str) -> bool:
    """``qzvb-mkwt-hrpa-ljsn`` (or with spaces): a generated app password (Google, also SMTP relays that copy
    the shape), not a slug of words: at least three of its four groups hold a letter pair English avoids
    (a slug such as ``user-role-name-list`` holds none)."""
    if not _APP_PASSWORD.fullmatch(v):
        return False
    groups = v.replace(" ", "-").split("-")
    return sum(any(g[i:i + 2] not in _WORD_BIGRAMS for i in range(3)) for g in groups) >= 3


def short_literal_password(v: str) -> bool:
    """A four- or five-character value where only a password can stand: the string argument of an API that
    takes a password and nothing else (rule tag ``password-literal``: a quoted literal given to
    ConvertTo-SecureString -AsPlainText or to CDK SecretValue.unsafePlainText, echo user:pw | chpasswd).  There
    a letter and a digit suffice (three lower-case letters and two digits), where :func:`short_password` asks three classes of a key merely named for a
    password.  Letters alone, digits alone, versions ("v1.2") and named algorithms ("sha1", "tls1") stay
    dropped."""
    v = v.strip().strip("'\"`")
    if short_password(v):
        return True
    if len(v) not in (4, 5) or not v[0].isalpha() or not v.isalnum():
        return False
    return any(c.isdigit() for c in v) and not _SHORT_NAMED.match(v)


def char_classes(v: str, not_symbols: str = "") -> int:
    """How many of the four classes (upper, lower, digit, symbol) ``v`` holds; ``not_symbols`` count as none."""
    return (any(c.isupper() for c in v) + any(c.islower() for c in v) + any(c.isdigit() for c in v)
            + any(not c.isalnum() and c not in not_symbols for c in v))


def short_password(v: str) -> bool:
    """A four- or five-character value that a person chose as a password ("Mei28", "Kx9#q", "Fhm1", "Cvf#"):
    in a password slot it is the password, however weak (a Postgres role's, a Windows unattend file's).  Three of the four classes (upper, lower, digit, symbol) are required, a
    version's or a slug's separators (".", "-", "_") counting as no symbol, so words, numbers, versions
    ("v1.22") and identifiers ("abc12", "dev01", "db-01") of that length stay dropped."""
    if len(v) not in (4, 5) or not v[0].isalpha():
        return False
    if char_classes(v, not_symbols="._-") < 3:
        return False
    # four characters: no algorithm, protocol or platform name with its number ("Sha1", "Tls1", "Win7", "Py3k")
    return len(v) == 5 or not _SHORT_NAMED.match(v)


def slot_short_password(v: str) -> bool:
    """A short value a person typed into a slot named for a password (a live config's password key holding
    ``Kxq77``, ``HQTB1``, ``HQG98``, ``HQTB#`` or ``AVFBLQ``): positive whatever its entropy.  Besides
    :func:`short_password` (three classes), an upper-case acronym with digits or a symbol (four to seven
    characters: a site's or a company's initials with a number, ``HQTB1``, ``HQG98``, ``HQTB#``) and six to eight
    upper-case letters that spell no word (a run of four consonants: ``AVFBLQ``).  Algorithm and protocol names
    (``SHA256``, ``HS256``, ``TLS12``, ``UTF8``), versions, lower-case identifiers and upper-case words
    (``SECRET``, ``NOTSET``, ``STRING``) stay dropped."""
    if not v.isascii() or not 4 <= len(v) <= 8 or not v[0].isalpha():
        return False
    if len(v) <= 5 and short_password(v):
        return True
    if _SLOT_ACRONYM.fullmatch(v):
        return len(v) <= 7 and not _SHORT_NAMED.match(v) and not _JWT_ALG.fullmatch(v)
    if 6 <= len(v) and v.isalpha() and v.isupper():
        # six or seven letters have fewer pairs: two a word never holds (AFZUIV: fz, zu) make them no word
        return bool(_CONSONANT_RUN.search(v) or _CONSONANT_Y_RUN.search(v)) or unworded_letters(v, 2 if len(v) <= 7 else 3)
    return _short_code_password(v)


def _short_code_password(v: str) -> bool:
    """One case of letters then digits, four to eight characters, whose letters are no word or name: no
    vowel in three or more letters (``cvh1``, ``kqz42``) or letter pairs English avoids (:func:`unworded_letters`:
    ``fnxq7``).  Identifiers (``dev01``, ``app2``, ``web12``), algorithm and format names (``sha1``, ``crc32``,
    ``pbkdf2``, ``pkcs12``, ``html5``) and short abbreviations (``db01``, ``pg14``) stay dropped."""
    m = _SHORT_LETTERS_DIGITS.fullmatch(v)
    if not m:
        return False
    letters = m.group(1).lower()
    if len(letters) < 3 or _SHORT_NAMED.match(letters) or _JWT_ALG.fullmatch(v.upper()) \
            or letters in _CODE_ABBREVIATIONS:
        return False
    return not any(c in "aeiou" for c in letters) or unworded_letters(letters)


# letters of one case then one to four digits: cvh1, KQZ42
_SHORT_LETTERS_DIGITS = _lazy("_SHORT_LETTERS_DIGITS", r"([a-z]{3,7}|[A-Z]{3,7})[0-9]{1,4}")
# vowel-less abbreviations code writes before a number (a name, a format, a role), never typed as passwords
_CODE_ABBREVIATIONS = frozenset(
    "pbkdf crc pkcs html xml pkg msg src dst str tmp cfg ctx srv svc btn lbl img vm ns cn dc sql mysql psql "
    "pgsql tcp udp ftp sftp smtp snmp ldap dns ssh scp rdp vnc grpc nfs smb www jwt hmac ecdsa md sha rsa dsa "
    "dh nvm npm pnpm cpp gcc mkv mp flv bz gz lz xz zst gpt rds kms sqs sns ssm dms cdk hcl tf ntlm krb".split())
# the 300 letter pairs that words and identifiers are most made of (counted over the distinct words of this
# project's README and source, split at humps): a word or a tool's name of six to eight letters holds at most two
# pairs outside them (2,459 such words: 15 hold three, tool names like SQLCMD and keyboard runs), seven in ten
# random letter strings hold three or more
_WORD_BIGRAMS = frozenset("""
aa ab ac ad af ag ai ak al am an ap ar as at au av aw ay ba bc be bi bl bo br bs bu by ca cc cd ce ch ci ck cl co cr
cs ct cu cy da db dd de dg di dl dm do dr ds du ea eb ec ed ee ef eg ei el em en eo ep eq er es et ev ew ex ey fa fe
ff fi fl fo fr fs ft fu ga ge gg gh gi gl gn go gr gs gu ha he hi ho hr ht hu ia ib ic id ie if ig il im in io ip ir
is it iv ix iz je js ka ke ki ks ku la ld le lf li ll lo lp ls lt lu ly ma mb me mi ml mm mo mp ms mu na nc nd ne nf
ng ni nk nl nn no np nr ns nt nu nv ny oa ob oc od of og oi ok ol om on oo op or os ot ou ov ow ox pa pe ph pi pl po
pp pr ps pt pu py ql qu ra rb rc rd re rf rg ri rk rl rm rn ro rp rr rs rt ru rv ry sa sc se sf sh si sk sl sm sn so
sp sq sr ss st su sw sy ta tc te th ti tl tm tn to tp tr ts tt tu tw ty ua ub uc ud ue uf ug ui ul um un up ur us ut
va ve vi vo wa we wh wi wn wo wr ws xc xe xi xp xt xx ye ym yn yo yp ys yt ze zi
""".split())


def unworded_letters(v: str, pairs: int = 3) -> bool:
    """Six to eight letters that spell no word (a device's generated password, ``FNIXUEYD``): ``pairs`` or more of
    their letter pairs lie outside :data:`_WORD_BIGRAMS` (``REDACTED``, ``PASSWORD``, ``DISABLED``,
    ``CHANGEME``, ``OPTIONAL`` hold none or one)."""
    w = v.lower()
    return sum(w[i:i + 2] not in _WORD_BIGRAMS for i in range(len(w) - 1)) >= pairs



# initials and a number or a symbol: HQTB1, HQG98, HQTB#, ACME2024 (a year: 8 characters, too long here)
_SLOT_ACRONYM = _lazy("_SLOT_ACRONYM", r"[A-Z]{2,5}(?:[0-9]{1,3}|[#!@$%*&?^+=~]{1,2}|[0-9]{1,2}[#!@$%*&?^+=~])")
_JWT_ALG = _lazy("_JWT_ALG", r"(?:[HRE]S|PS|P|X|V|ID|MD|SHA|CRC|AES|DES|RC|TLS|SSL|UTF|ISO|RFC|IPV|HTTP|JDK|JRE|API)[0-9]{1,3}")
_CONSONANT_RUN = _lazy("_CONSONANT_RUN", r"[B-DF-HJ-NP-TV-XZ]{4}")
# five letters without a vowel, Y counted as none (TRTYSHJ): no word holds one but a few of Y's (RHYTHM, GLYPHS)
_CONSONANT_Y_RUN = _lazy("_CONSONANT_Y_RUN", r"[B-DF-HJ-NP-TV-Z]{5}")
# symbols a sentence does not end on: "Kat#" is a password, "Done!" and "Why?" are words
_STRONG_SYMBOLS = frozenset("#$%&*@^~+=")


_SHORT_NAMED = _lazy("_SHORT_NAMED", r"(?i:sha|md[0-9]|aes|des|rsa|dsa|win|tls|ssl|utf|ipv|http|py[0-9]|java|node|php|ie[0-9]|os[0-9])")


# ----------------------------------------------------------------- shapes of published code
# Measured on unpacked PyPI and npm packages (bench/README "Real code precision (session 7)"): what the generic
# rules meet in real code and no one uses as a password.  Kept apart from generic_value (whose plain reference
# lives in tests/linter/test_judge_fast.py) and path-free, so the judge memoises it per value.
# "3.632.0", "^9.0.3", "~1.2.3-beta.1": a dependency version ("@aws-sdk/credential-providers": "3.632.0")
_CS_VERSION = _lazy("_CS_VERSION", r"[~^]?v?[0-9]{1,5}\.[0-9]{1,5}\.[0-9]{1,6}(?:[-+][0-9A-Za-z.\-]{1,40})?")
# ".models.v1_secret", "..exceptions", ".waitForTaskToken": a relative module path or a member name
_CS_MODULE = _lazy("_CS_MODULE",
                   r"\.{1,2}(?:[a-z_][a-z0-9_]*|[a-z]+(?:[A-Z][a-z0-9]+)+)(?:\.(?:[a-z_][a-z0-9_]*|[a-z]+(?:[A-Z][a-z0-9]+)+))*")
# a type or class name in PascalCase with acronyms and version humps ("V1SecretVolumeSource", "Ec2InstanceMetadata",
# "GoogleAICountTokensRequest"): capitalised words of 3+ letters, short acronyms before a word, and one- or
# two-letter humps ending in one digit (V1, S3, Ec2); a digit after a word ("Password1Secure") is no such hump
_CS_TYPE_NAME = _lazy("_CS_TYPE_NAME", r"(?:[A-Z][a-z]{2,}|[A-Z]{2,4}(?=[A-Z][a-z])|[A-Z][a-z]?[0-9](?=[A-Z]|$))+")
_CS_CAP_WORD = _lazy("_CS_CAP_WORD", r"[A-Z][a-z]{2,}")
# code between two string literals, read as one quoted value by a quote-to-quote rule:
# '",DuplicateBinding:"', '"+s),{code:t.errorCode}))}e(null,i)..."'
_CS_BETWEEN_STRINGS = _lazy("_CS_BETWEEN_STRINGS", r"[+,)}\]][\w$.,:;=+(){}\[\]!?]*")
_CS_CODE_STEP = _lazy("_CS_CODE_STEP", r"[A-Za-z_$][\w$]*[(:=]")
# "[Filtered]", "[new_password]", "[type=password]": a bracketed placeholder, redaction mark or CSS selector
_CS_BRACKETED = _lazy("_CS_BRACKETED", r"\[[A-Za-z_][\w .=\-]*\]")
# "1556311319.069", "123456.789": a timestamp with a fraction, a decimal number
_CS_DECIMAL = _lazy("_CS_DECIMAL", r"[0-9]+\.[0-9]+")
# "ACCESS_TOKEN_{}", "{.access_token}", "key-{0}": a format string or a JSONPath / kubectl template
_CS_FORMAT = _lazy("_CS_FORMAT", r"\{[0-9]{0,2}\}|^\{\.[\w.\[\]]+\}$")
# "$request.header.x-api-key", "$context.authorizer.token", "$input.params('x')": API Gateway mapping and
# selection expressions
_CS_APIGW_EXPRESSION = _lazy("_CS_APIGW_EXPRESSION", r"\$(?:request|context|input|stageVariables|method)\.[\w.\-()']+")
# "AKID/20220226/us-east-1/dynamodb/aws4_request", "access_key%2F20170322%2Fus-west-2%2Fsts%2F": the SigV4 credential
# scope of a signed request (the key ID and a date, no secret)
_CS_SIGV4_SCOPE = _lazy("_CS_SIGV4_SCOPE", r"(?:/|%2F)[0-9]{8}(?:/|%2F)(?:[a-z]{2}(?:-[a-z]+)+-[0-9](?:/|%2F))?", re.I)
# a password hash, not the password: modular crypt ($6$rounds=...$salt$hash, $2b$12$..., $argon2id$...) and
# Django's algorithm$iterations$salt$hash (also the bare prefixes "sha1$$", "bcrypt$$" that code filters on)
_CS_PASSWORD_HASH = _lazy(
    "_CS_PASSWORD_HASH",
    r"\$(?:1|2[abxy]?|5|6|7|y|gy|argon2(?:id|i|d)|scrypt|pbkdf2(?:-sha[0-9]+)?|sha[0-9]+|md5|apr1)\$\S{8,}|"
    r"(?:pbkdf2_sha256|pbkdf2_sha1|argon2|bcrypt_sha256|bcrypt|sha1|md5|unsalted_md5|unsalted_sha1|crypt|scrypt)"
    r"\$(?:\$|[0-9]*\$\S+)|"
    # Jupyter's passwd() output (c.ServerApp.password / c.NotebookApp.password, jupyter_server_config.json):
    # "argon2:$argon2id$v=19$..." or the older "sha1:<salt hex>:<digest hex>" (also sha256/sha512/md5)
    r"argon2:\$argon2(?:id|i|d)\$\S{8,}|(?:sha1|sha224|sha256|sha384|sha512|md5):[0-9a-f]{8,32}:[0-9a-f]{32,128}")
# "-stopped", "--dry-run": a suffix or option written after a code span, not a value
_CS_DASH_WORD = _lazy("_CS_DASH_WORD", r"-{1,2}[a-z]+(?:-[a-z]+)*")


def code_shape(secret: str, password_slot: bool = False) -> Optional[str]:
    """For generic rules, after :func:`generic_value`: a value whose shape is code or packaging, not a secret.
    ``password_slot``: the key names a password, where mixed-case letters that are no words
    (:func:`password_letters`: ``VdtgLIYozCdr``) are a generated password, not a type name."""
    v = secret.strip().strip("'\"`")
    if len(v) < 4:
        return None
    c = v[0]
    if (c.isdigit() or c in "^~v") and _CS_VERSION.fullmatch(v):
        return "a version number (a dependency or release), not a secret"
    if c == "." and _CS_MODULE.fullmatch(v):
        return "a relative module path or member name, not a secret"
    if c == "_" and (_GV_SLUG.fullmatch(v.lstrip("_")) or _GV_CONSTANT.fullmatch(v.lstrip("_"))):
        return "a private identifier (_name_like_this), not a secret"
    if c.isupper() and len(v) >= 12 and _CS_TYPE_NAME.fullmatch(v) and len(_CS_CAP_WORD.findall(v)) >= 2 \
            and not (password_slot and password_letters(v)):
        return "a type or class name, not a secret"
    if v[-1] == "." and v[:-1].isalpha() and (v[:-1].islower() or _GV_WORD.fullmatch(v[:-1])):
        return "a word ending a sentence, not a secret"
    if c in "+,)}]" and _CS_BETWEEN_STRINGS.fullmatch(v) and _CS_CODE_STEP.search(v):
        return "code between two string literals, not a quoted value"
    if c == "[" and _CS_BRACKETED.fullmatch(v):
        return "a bracketed placeholder, redaction mark or selector, not a secret"
    if c.isdigit() and _CS_DECIMAL.fullmatch(v):
        return "a number (a timestamp with a fraction, a decimal), not a secret"
    if "{" in v and _CS_FORMAT.search(v):
        return "a format string or template ({} / {0} / {.path}), not a literal"
    if c == "$" and _CS_APIGW_EXPRESSION.fullmatch(v):
        return "an API Gateway mapping or selection expression, not a literal"
    if ("/" in v or "%" in v) and _CS_SIGV4_SCOPE.search(v) and ("aws4_request" in v or v.endswith(("/", "%2F"))):
        return "a SigV4 credential scope (key ID and date), not a secret"
    if ("$" in v or v[:3] in ("sha", "md5")) and _CS_PASSWORD_HASH.fullmatch(v):
        return "a password hash (crypt, Django or Jupyter format), not the password"
    if c == "-" and _CS_DASH_WORD.fullmatch(v):
        return "a word or option after a dash, not a secret"
    return None


# unquoted JavaScript/TypeScript expressions: member chains with optional chaining, non-null assertions,
# comparisons and chained assignments ("props.x?void", "a?.b", "!!t.withCredentials", "x.y===void",
# "_classThis=_classDescriptor.value", "return!0")
_CS_ID_CHAIN = r"[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*)*"
_CS_EXPRESSION = _lazy(
    "_CS_EXPRESSION",
    rf"!{{0,2}}{_CS_ID_CHAIN}(?:(?:===?|!==?|=|\?\?|\|\||&&){_CS_ID_CHAIN})*(?:\(\))?(?:[!?]|\?\?|===?|!==?|\?void)?"
    r"|(?:return|void|typeof)!?[0-9]?")
_CS_OPERATOR = _lazy("_CS_OPERATOR", r"\?\.|\?\?|[=!]==?|^!|[?!]$|\?void$|[\w$]=[\w$]|^(?:return|void|typeof)|\.")
# a source map (webpack, esbuild, tsc): its sourcesContent holds the original sources as JSON strings
_SOURCE_MAP = _lazy("_SOURCE_MAP", r"\.(?:js|mjs|cjs|jsx|ts|tsx|css)\.map$|\.map$")
# one line this long is minified or generated: counting quotes from its start tells nothing about one spot in it
MINIFIED_LINE = 1000


def code_expression(value: str) -> bool:
    """An unquoted value that is an expression (member chain, operator) rather than a literal."""
    return bool(_CS_EXPRESSION.fullmatch(value) and _CS_OPERATOR.search(value))


# An SDK's API-model example files (botocore data/<service>/<version>/examples-1.json, aws-sdk-js
# apis/<service>-<version>.examples.json and their copies in awscli, Lambda layers and vendored node_modules):
# the provider's documentation of each call, request and response, with made-up passwords and keys
# where the SDKs keep them: botocore/data/SERVICE/VERSION/examples-1.json, aws-sdk's apis/SERVICE-VERSION.examples.json
_API_EXAMPLES = _lazy("_API_EXAMPLES", r"(?:^|[/!])(?:data/[\w.\-]+/[0-9]{4}-[0-9]{2}-[0-9]{2}/examples-[0-9]+\.json|"
                                       r"apis/[\w.\-]+-[0-9]{4}-[0-9]{2}-[0-9]{2}\.examples\.json)$")


def api_model_examples(path: str) -> Optional[str]:
    """A finding in an SDK's API-model examples file is the provider's documentation, not a credential."""
    if _API_EXAMPLES.search(path):
        return "in an SDK's API-model examples file (the provider's documented requests and responses)"
    return None


# an OpenAPI / Swagger document: by name (openapi.yaml, petstore-swagger.json, api/openapi/v2.yml) or by its
# version key at the top (openapi: 3.0.3, "swagger": "2.0")
_OPENAPI_NAME = _lazy("_OPENAPI_NAME", r"(?i)(?:^|/)[^/]*(?:openapi|swagger)[^/]*(?:/[^/]+)?\.(?:ya?ml|json)$")
_OPENAPI_HEAD = _lazy("_OPENAPI_HEAD", rb"(?m)^[ \t{]*[\"']?(?:openapi|swagger)[\"']?[ \t]*:[ \t]*[\"']?[23]\.")
_EXAMPLE_KEY = _lazy("_EXAMPLE_KEY", r"^[ \t]*-?[ \t]*[\"']?(?:examples?|x-examples?)[\"']?[ \t]*:")
_OPENAPI_WALK = 400


def openapi_example(path: str, data: bytes, line: int) -> Optional[str]:
    """A value inside an ``example`` / ``examples`` block of an OpenAPI or Swagger document: the API's
    documentation of a request or response (``example: {username: jdoe, password: s3cretPassw0rd}``), not a
    credential.  Read by indentation (YAML, or JSON as formatters write it): an enclosing key, up to 400 lines
    above, named example(s) or x-example(s)."""
    if not (path.endswith((".yaml", ".yml", ".json")) and (
            _OPENAPI_NAME.search(path) or _OPENAPI_HEAD.search(data, 0, 4096))):
        return None
    lines = data.split(b"\n", line)[:line]
    if len(lines) < line:
        return None

    def indent(t: str) -> int:
        return len(t) - len(t.lstrip(" \t-"))

    here = lines[line - 1].decode("utf-8", "replace")
    if _EXAMPLE_KEY.match(here):
        return "an example value of an OpenAPI document (API documentation)"
    level = indent(here)
    for raw in reversed(lines[max(0, line - 1 - _OPENAPI_WALK) : line - 1]):
        t = raw.decode("utf-8", "replace")
        if not t.strip() or t.lstrip().startswith("#"):
            continue
        i = indent(t)
        if i < level:
            if _EXAMPLE_KEY.match(t):
                return "a value in an example of an OpenAPI document (API documentation), not a credential"
            level = i
            if i == 0:
                break
    return None


# a documentation page in an examples folder: a CLI's or SDK's command reference with sample output
# (awscli/examples/<service>/<command>.rst, docs examples/*.md)
_EXAMPLE_DOCS = _lazy("_EXAMPLE_DOCS", r"(?:^|[/!])examples?/(?:[^/!]+/)*[^/!]+\.(?:rst|md|markdown|txt|adoc)$")


def example_docs(path: str) -> Optional[str]:
    """For generic rules (a password-named key, an entropy guess): a page of usage examples documents the
    command's output; a provider-format key there still blocks."""
    if _EXAMPLE_DOCS.search(path):
        return "a generic match in a page of usage examples (examples/ folder documentation)"
    return None


# the signed expiry of an Azure SAS (se=2023-12-20T22:54:52Z), before its sig= in the same query string
_SAS_EXPIRY = _lazy("_SAS_EXPIRY", rb"[?&;]se=([0-9]{4}-[0-9]{2}-[0-9]{2})(?:T|%3A|[&;\s\"'<]|$)")


def sas_expiry(data: bytes, secret_start: int) -> Optional[str]:
    """The ``se=`` date (YYYY-MM-DD) of the SAS query string whose ``sig=`` starts at ``secret_start``."""
    q = data[max(0, secret_start - 600) : secret_start]
    cut = max(q.rfind(b" "), q.rfind(b"\n"), q.rfind(b"\t"))  # the query string is one token
    m = None
    for m in _SAS_EXPIRY.finditer(q[cut + 1 :]):
        pass
    return m.group(1).decode() if m else None


# Key names whose values are identifiers, names or references, not secrets
# (``private_key_id``, ``API_KEY_HEADER``, ``existingSecret``, ``token_url``...).
_KEY_NOT_SECRET = _lazy("_KEY_NOT_SECRET",
    r"(?:_|-|\.|\b|(?<=[a-z]))(?:ids?|names?|url|uri|urls|path|file|filename|type|header|headers|length|len|size|"
    r"arn|format|field|label|endpoint|hint|prompt|placeholder|policy|mode|count|ttl|timeout|expiry|expires|"
    r"expiration|version|enabled|required|regex|pattern|algorithm|alg|method|location|dir|ref|refs|"
    r"selector|provider|store|rotation|template|prefix|suffix|env|var|param|parameter|hash|hashed|digest|"
    r"checksum|fingerprint|sha1|sha256|md5|"
    # more digests by their name (session_secret_sha, token_sha512, secret_blake2b): a hash of the secret
    r"sha|sha224|sha384|sha512|sha3|sha3_256|sha3_512|blake2|blake2b|blake2s|blake3|crc32|xxhash)$",
    re.IGNORECASE,
)
# the salt kept beside a password's hash (credentialSalt, password_salt, pwd_salt): public by design, unlike a
# framework's secret salt (WordPress AUTH_SALT, CakePHP Security.salt), which names no credential
_CREDENTIAL_SALT = _lazy("_CREDENTIAL_SALT", r"(?i)(?:credentials?|password|passwd|pwd|pass|hash)[_.\-]?salt$")
# ids that are the secret: Vertex's "Trusted ID" authenticates a tax call (VERTEX_TRUSTED_ID, trustedId)
_SECRET_ID_KEY = _lazy("_SECRET_ID_KEY", r"(?i)trusted[_.\-]?id$")
# a key that names a reference, a flag or a count, not a secret: ``existingSecret``, ``external_secret_name``,
# ``use_password_auth``, ``isPasswordSet``, ``max_token_age``.  The prefix must be a word of its own: followed by
# a separator, or by a capital in camelCase (``isSecret``, ``IsSecret``, not ``ISO``).  Without that boundary
# ``iso_password``, ``user_password``, ``minio_secret_key`` and ``hashicorp_token`` read as "is", "use", "min" and
# "has" and their live values were dropped (session 9).
_KEY_REFERENCE_PREFIX = _lazy(
    "_KEY_REFERENCE_PREFIX",
    r"^(?:(?i:existing|external|use|enable|disable|is|has|show|hide|num|max|min)[_.\-]"
    r"|[eE]x(?:isting|ternal)(?=[A-Z])|[uU]se(?=[A-Z])|[eE]nable(?=[A-Z])|[dD]isable(?=[A-Z])|[iI]s(?=[A-Z])"
    r"|[hH]as(?=[A-Z])|[sS]how(?=[A-Z])|[hH]ide(?=[A-Z])|[nN]um(?=[A-Z])|[mM]ax(?=[A-Z])|[mM]in(?=[A-Z]))")
# ... unless the key ends in the credential itself: ``enable_password`` (a Cisco enable password), ``use_token``,
# ``existingPassword``: the value under it is that password or token, whatever the prefix says
_KEY_ENDS_IN_CREDENTIAL = _lazy(
    "_KEY_ENDS_IN_CREDENTIAL", r"(?:password|passwd|pwd|passphrase|secret|token|api[_\-]?key|secret[_\-]?key)$",
    re.IGNORECASE)
_EXTERNAL_SECRET_OBJECT = _lazy("_EXTERNAL_SECRET_OBJECT", r"external[_.\-]?secrets?")
_KEY_HEADER = _lazy("_KEY_HEADER", r"header", re.IGNORECASE)
# public by design: Shopify Storefront access tokens, Stripe/other publishable keys, client SDK keys, and a .NET strong name's
# public key token (publicKeyToken="31bf3856ad364e35" in app.config, unattend.xml, a .csproj reference or an
# assembly-qualified name: eight bytes of the hash of the publisher's public key, printed in every manifest)
_KEY_PUBLIC = _lazy(
    "_KEY_PUBLIC",
    r"storefront|publishable|(?:^|[_.\-])public[_.\-]?(?:api[_.\-]?)?(?:key|token|key[_.\-]?token)$|"
    r"^public(?:key|token|keytoken)$|"
    # keys a mobile or web SDK is initialised with inside the shipped app (Braze/Appboy SDK API key, Conviva
    # customer key) and search-only keys made for browsers (Algolia SearchOnlyKey / search_only_api_key)
    r"sdk[_.\-]?(?:api[_.\-]?)?key$|conviva[_.\-]?customer[_.\-]?key$|search[_.\-]?only[_.\-]?(?:api[_.\-]?)?key$",
    re.IGNORECASE)


_NOT_CREDENTIAL_TOKEN = _lazy("_NOT_CREDENTIAL_TOKEN",
    r"(?:next|previous|prev|page|continuation|pagination|sync|paging|csrf|xsrf|anti_?forgery|verification|idempotency|"
    r"input|output|starting|start|resume|logging|creation|"
    r"client_?request|request)_?(?:page_?)?token[0-9]?$|^(?:marker|cursor)$|"
    # AWS's idempotency parameter (ClientToken / clientToken in every API and its JSON): a caller-chosen string
    # that de-duplicates retries.  camelCase only: Vault's "client_token" is a live Vault token
    r"^(?-i:[Cc]lientToken)$",
    re.IGNORECASE,
)
# source files whose unquoted values are expressions (identifiers, types, calls), not literals
CODE_EXTENSIONS = frozenset(
    "py pyi pyx js jsx mjs cjs ts tsx go java kt kts scala rb php cs c h cc cpp hpp cxx rs swift m mm "
    "dart lua groovy gradle r jl ex exs erl clj cljs fs vb vue svelte".split()
)


_SEALED_KIND = LazyPattern(
    globals(), "_SEALED_KIND", rb"""(?m)^[ \t]*["']?kind["']?[ \t]*:[ \t]*["']?SealedSecret\b|"kind"[ \t]*:[ \t]*"SealedSecret\"""")
_SEALED_YAML_BLOCK = LazyPattern(globals(), "_SEALED_YAML_BLOCK", rb"(?m)^([ \t]*)encryptedData[ \t]*:[ \t]*\r?$")
_SEALED_JSON_BLOCK = LazyPattern(globals(), "_SEALED_JSON_BLOCK", rb'"encryptedData"[ \t\r\n]*:[ \t\r\n]*\{[^{}]*\}')
_SEALED_VALUE = LazyPattern(globals(), "_SEALED_VALUE", r"[A-Za-z0-9+/]{16,}={0,2}")


def sealed_secret_spans(data: bytes) -> list[tuple[int, int]]:
    """Byte spans of the ``spec.encryptedData`` blocks of Bitnami SealedSecret documents (YAML or JSON).

    Their values are kubeseal ciphertext (RSA-OAEP session key + AES-GCM), safe to commit by design;
    only the controller's private key opens them."""
    if b"SealedSecret" not in data or b"encryptedData" not in data:
        return []
    spans: list[tuple[int, int]] = []
    # YAML: each "---" document that says kind: SealedSecret; the block ends at the first line indented
    # no deeper than "encryptedData:"
    pos = 0
    for doc in re.split(rb"(?m)^---[^\n]*\n", data):
        start, pos = pos, pos + len(doc)
        if not _SEALED_KIND.search(doc):
            continue
        for m in _SEALED_YAML_BLOCK.finditer(doc):
            indent = len(m.group(1).expandtabs())
            end = len(doc)
            at = m.end() + 1
            while at < len(doc):
                nl = doc.find(b"\n", at)
                nl = len(doc) if nl == -1 else nl
                ln = doc[at:nl]
                if ln.strip() and not ln.lstrip().startswith(b"#") and len(ln) - len(ln.lstrip()) <= indent:
                    end = at
                    break
                at = nl + 1
            spans.append((start + m.end(), start + end))
        for m in _SEALED_JSON_BLOCK.finditer(doc):
            spans.append((start + m.start(), start + m.end()))
        # the separator line itself sits between documents
        sep = re.match(rb"---[^\n]*\n", data[pos:])
        if sep:
            pos += sep.end()
    return spans


def in_sealed_secret(spans: list[tuple[int, int]], secret_start: int, secret: str) -> Optional[str]:
    """A base64 value inside a SealedSecret's encryptedData block is ciphertext, not a secret."""
    if spans and _SEALED_VALUE.fullmatch(secret) and any(a <= secret_start < b for a, b in spans):
        return "Bitnami SealedSecret encryptedData: kubeseal ciphertext, safe to commit"
    return None


def generic_context(data: bytes, start: int, secret_start: int, path: str, secret_end: int = -1) -> Optional[str]:
    """For generic rules: what surrounds the match says the value is not a literal secret."""
    if secret_end >= 0 and (
        data[secret_end : secret_end + 1] == b"{" or re.match(rb"<[A-Za-z][\w -]{0,40}>", data[secret_end : secret_end + 48])
    ):
        return "the value goes on as a template (<your key> or {...}): a placeholder"
    before = data[max(0, start - 64) : start]
    key_text = data[start:secret_start]
    near = before[-32:]
    near = near[near.rfind(b"\n") + 1 :]  # a type name on the line above (Ruby "Net::HTTP::Get.new") is not this value's
    type_name = re.search(rb"[A-Z][A-Za-z0-9]+::[A-Z][A-Za-z0-9]+", near + key_text)
    if re.search(rb"arn:aws[\w-]*:[^\s\"']*$", before) or type_name:
        return "part of an ARN or a type name"
    if before[-1:] == b":" and re.match(rb"(?i)secret:[^\s]", data[start : secret_start + 1]):
        # "...:us-west-2:123456789012:secret:MyDbSecret-a1b2c3": the resource type of a Secrets Manager ARN,
        # whatever spells its head (documentation entities, a typo'd "aws:arn:"), and the secret's name after it
        return "the name in a Secrets Manager ARN (...:secret:NAME), not a secret"
    if re.search(rb"/[ \t]*[`'\"*]{0,2}[ \t]*$", key_text):
        reason = _slash_in_url(data, start, secret_start, secret_end)
        if reason:
            return reason
    if re.fullmatch(rb"[A-Za-z0-9_.\-]+(?:=|:|>)[ \t]*\r?\n[ \t]*", key_text) and re.search(rb"[A-Za-z0-9+/]$", before):
        # "...xKeY=" ending a hash on one line, the next line's text taken as its value (go.sum, lockfiles)
        return "the key is the tail of a longer token (a hash or base64 blob), the value is the next line"
    if before[-1:] == b"<" and re.fullmatch(rb"(?i)auth-user-pass>[ \t]*\r?\n[ \t]*", key_text):
        # OpenVPN's inline "<auth-user-pass>" block: its first line is the user (the password, on the line
        # after, is openvpn-inline-auth-user-pass's)
        return "the user line of an OpenVPN inline <auth-user-pass> block, not its password"
    sep_colon = re.search(rb"[\w\]\-][ \t]*:[ \t]*[\"'`]?$", key_text) is not None
    if sep_colon and before[-1:] in (b'"', b"'") and not re.search(rb"[\"']", key_text) \
            and not re.fullmatch(rb"[A-Za-z][A-Za-z0-9_]*(?:-[A-Za-z0-9_]+)+:[ \t]+", key_text) \
            and not re.search(rb"\s(?:--?[A-Za-z][\w-]*[ =]|[-/][A-Za-z][\w-]*:)", key_text):
        # ("X-Api-Key: <value>" in a quoted string is an HTTP header and its value: curl -H, header lists;
        # "curl -u deployer:<value> ..." in a quoted string is a command line, sh 'curl ...' in a Jenkinsfile;
        # so are the options after a quoted program path: "C:\\Tools\\x.exe" /u:svc /p:<value>, -u:svc -p:<value>)
        return "one quoted string (\"service:Action\"), not a key and value"
    ext = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    source_map = ext == "map" and _SOURCE_MAP.search(path) is not None
    if (ext in CODE_EXTENSIONS or source_map) and data[secret_start - 1 : secret_start] not in (b'"', b"'", b"`"):
        ls = data.rfind(b"\n", 0, secret_start) + 1
        line = data[ls:secret_start]
        value = data[secret_start:secret_end].decode("utf-8", "replace") if secret_end > secret_start else ""
        if source_map:
            # the original sources sit in one JSON string: an unquoted identifier or expression there was code
            if _CS_IDENTIFIER.fullmatch(value) or code_expression(value):
                return "unquoted value in a source map's embedded source is an expression, not a literal"
            return None
        in_string = any(line.count(q) % 2 == 1 for q in (b'"', b"'", b"`"))
        if not in_string and ext == "php" and _php_ini(data, line):
            return None  # an INI file named .php ("; <?php exit; ?>" on top: PKP's config.inc.php): values are literals
        if not in_string:
            return "unquoted value in source code is an expression, not a literal"
        if code_expression(value) and (_STRONG_OPERATOR.search(value) or _long_line(data, ls, secret_start)):
            # minified code: quotes counted from the line's start (regex literals, nested template
            # strings) say nothing about this spot; the value's own shape says it is code
            return "unquoted expression in minified source code, not a literal"
    return None


_CS_IDENTIFIER = _lazy("_CS_IDENTIFIER", r"[A-Za-z_$][\w$]*")
# the INI guard of a .php config (OJS/OMP/OPS config.inc.php): "; <?php exit; ?>" or "; <?php die(); ?>"
_PHP_INI_GUARD = _lazy("_PHP_INI_GUARD", rb"\A(?:\xef\xbb\xbf)?\s*;[ \t]*<\?php[ \t]+(?:exit|die)\b")


def _php_ini(data: bytes, line: bytes) -> bool:
    """A .php file that is an INI file behind a guard line, and this line an INI ``key = value`` (no ``$``)."""
    return b"$" not in line and _PHP_INI_GUARD.match(data[:200]) is not None
# operators no password is made of: optional chaining, nullish coalescing, strict (in)equality, double negation
_STRONG_OPERATOR = _lazy("_STRONG_OPERATOR", r"\?\.|\?\?|[=!]==|^!!|\?void$")


def _long_line(data: bytes, ls: int, at: int) -> bool:
    """The line holding ``at`` (which starts at ``ls``) is longer than :data:`MINIFIED_LINE`."""
    if at - ls > MINIFIED_LINE:
        return True
    le = data.find(b"\n", at, ls + MINIFIED_LINE + 1)
    return le == -1 and len(data) - ls > MINIFIED_LINE


def _slash_in_url(data: bytes, start: int, secret_start: int, secret_end: int) -> Optional[str]:
    """``user / password`` read from a URL, a path or a Markdown link, where the slash separates path parts:
    ``https://docs.example.com/Guide/user-data.html``, ``'/admin/?q=x'``, ``[org/repo#12](https://...)``,
    ``arn:aws:iam::1:role/name``, ``Credential=AKID/20240501/us-east-1/s3/aws4_request``."""
    slash = data.rfind(b"/", start, secret_start)
    ws = max(data.rfind(b" ", 0, slash), data.rfind(b"\n", 0, slash), data.rfind(b"\t", 0, slash), slash - 200)
    token = data[ws + 1 : slash]  # the word the slash ends ("WindowsGuide" in a URL, "deploy" in prose, or none)
    value = data[secret_start : secret_end if secret_end > secret_start else secret_start]
    if b"://" in token or b"arn:" in token or b"/" in token or token.lstrip(b"(['\"`<").startswith(b"/") or value[:1] == b"?" or b"](" in value:
        return "a URL, path or link: its slash separates path parts, not a user and a password"
    return None


# prose naming what a password opens ("the password for the SFTP account: ..."): the last word is no key name
# "api secret for the TF provider: ..." (session 19): a secret or an API key's word before "for" is the key too
_PROSE_PASSWORD_FOR = _lazy(
    "_PROSE_PASSWORD_FOR", r"\b(?:pass(?:word|wd|phrase|code)?|pwd|pw|(?:(?:api|client|app|signing)[ \t_-]?)?secret|api[ \t_-]?key)"
                           r"[ \t]+(?:for|of|on|to|at)[ \t][^\n=:]{1,40}[:=]?[ \t]*$",
    re.IGNORECASE)
# a dotenv file that the application reads (.env, .env.production, prod.env), not a template of one
_DOTENV_TEMPLATE = ("example", "sample", "template", "dist", "defaults", "default", "tpl", "schema", "ci-example")
_PASSWORD_KEY_END = _lazy("_PASSWORD_KEY_END", r"(?:password|passwd|pwd|_pass)[\"']?[ \t]*[=:][ \t]*[\"']?$", re.I)
# keyboard runs with digits: weak passwords people really set ("qwerty2024"), not test or default words
_KEYBOARD_RUN = _lazy("_KEYBOARD_RUN", r"(?:qwerty|asdf|zxcv|qazwsx|1q2w3e|abcdef|abc123|123456)[\w!@#$%^&*?.\-]{0,10}", re.I)


def dotenv_file(path: str) -> bool:
    """A dotenv file an application reads (``.env``, ``.env.production``, ``prod.env``): not ``.env.example``
    or another template of one."""
    name = path.rsplit("/", 1)[-1].lower()
    if name == ".env":
        return True
    if name.startswith(".env."):
        return not any(part in _DOTENV_TEMPLATE for part in name.split(".")[2:])
    if name.endswith(".env"):
        return not any(t in name for t in _DOTENV_TEMPLATE)
    return False


_TEMPLATE_FILE_PART = frozenset(("example", "examples", "sample", "samples", "template", "tpl", "dist", "skel"))
_NAME_PARTS = _lazy("_NAME_PARTS", r"[.\-_]+")
_LOCAL_HOST = _lazy("_LOCAL_HOST", r"(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal)(?![\w.\-])",
                    re.IGNORECASE)


def template_file(path: str) -> bool:
    """A file people copy and fill in (``.env.example``, ``config.sample.yml``, ``settings.py.template``,
    ``docker-compose.dist.yml``): a part of its name after the first says so."""
    name = path.rsplit("/", 1)[-1].lower()
    parts = [p for p in _NAME_PARTS.split(name) if p]
    return any(p in _TEMPLATE_FILE_PART for p in parts[1:])  # "example.py" is an example program, not a template


def uri_dev_default(data: bytes, start: int, secret_start: int, secret_end: int, secret: str,
                    path: str) -> Optional[str]:
    """For connection-string rules (``scheme://user:PASSWORD@host``): the password of a development
    default, not a leak.  ``portal:portal@`` (the password repeats the user name: what docker images and
    tutorials set up), or a local database (localhost, 127.0.0.1, host.docker.internal) in a file meant
    to be copied and filled in (``.env.example``): nobody's real password opens a database on the
    reader's own machine.  A remote host in an example file, or a password that differs from the user
    on localhost in a real config, are still reported."""
    head = data[start:secret_start].decode("utf-8", "replace")
    at = head.rfind("://")
    if at >= 0 and head.endswith(":"):
        user = head[at + 3 : -1]
        if user and user.lower() == secret.lower():
            return "the password repeats the user name (user:user@): a local development default"
    if data[secret_end : secret_end + 1] == b"@" and template_file(path) \
            and _LOCAL_HOST.match(data[secret_end + 1 : secret_end + 64].decode("ascii", "replace")):
        return "a local database's connection string in an example file: a development placeholder"
    return None


# CI and deploy files whose environment blocks hand values to builds and services (CodeBuild buildspec,
# GitHub Actions, GitLab CI, Bitbucket, CircleCI, Azure Pipelines, Travis, Drone, Cloud Build, App Runner,
# Amplify, serverless, compose)
_CI_ENV_FILE = _lazy(
    "_CI_ENV_FILE",
    r"(?:^|/)(?:[\w.\-]*buildspec[\w.\-]*|\.gitlab-ci[\w.\-]*|bitbucket-pipelines|azure-pipelines[\w.\-]*|\.travis|"
    r"\.drone|cloudbuild[\w.\-]*|apprunner|amplify|serverless[\w.\-]*|(?:docker-)?compose[\w.\-]*|"
    r"codemagic|appveyor|\.?woodpecker)\.ya?ml$|(?:^|/)\.github/workflows/[^/]+\.ya?ml$|"
    r"(?:^|/)\.circleci/config\.ya?ml$|(?:^|/)\.buildkite/[^/]*\.ya?ml$|(?:^|/)Jenkinsfile[^/]*$",
    re.IGNORECASE)
# the key's last word names the credential itself: CODECOV_TOKEN, STATUSPAGE_API_KEY, app_secret (not *_ID,
# *_KEY_ID, *_URL: generic_key drops those before this is asked)
_UUID_TOKEN_KEY = _lazy(
    "_UUID_TOKEN_KEY", r"(?:token|secret|key|apikey|password|passwd|pwd|credentials?|auth)[\"'\]]{0,2}[ \t]*(?:=|:=|=>|:)",
    re.IGNORECASE)


def ci_env_file(path: str) -> bool:
    """A CI or deploy definition (buildspec.yml, .gitlab-ci.yml, .github/workflows/*.yml, apprunner.yaml,
    compose files...): its environment blocks are where a build's tokens get pasted."""
    return bool(_CI_ENV_FILE.search(path))


def uuid_token_slot(key_text: str, secret: str) -> bool:
    """In a CI/deploy environment block or a dotenv file, ``CODECOV_TOKEN: 9bfb...-b145ed2ec4a7``: a UUID
    under a key named for a token, key or secret is the token (Codecov, Heroku, Statuspage, Snyk and
    others issue UUIDs).  A nil or low-variety UUID (``00000000-...``, ``12345678-1234-...``) is a placeholder."""
    if len(secret) != 36 or not _GV_UUID.fullmatch(secret):
        return False
    hexes = secret.replace("-", "").lower()
    if len(set(hexes)) < 8 or _SEQUENTIAL.search(hexes):
        return False
    return bool(_UUID_TOKEN_KEY.search(key_text.rstrip(" \t\"'`")))


# the generic words a UUID-keyed name may start with that name no issuer: request, trace and tenant ids, a
# session or CSRF token, a client's own key, placeholders, and the API-call tokens of AWS and other SDKs
# (ChangeToken, LifecycleActionToken, update_token: botocore/moto examples): a UUID under them is an id; and the
# words of an environment lookup before a bare API_KEY (process.env.API_KEY ?? '...', os.environ.get('API_KEY', ...))
_UUID_NOT_VENDOR = frozenset(
    """api access auth client session request csrf xsrf idempotency trace tracing correlation transaction tenant
    subscription user users device instance installation public next page refresh id my your the test testing
    example sample dummy fake mock default new old app application service secret token private shared bearer
    oauth jwt license integration org organization project workspace account team site web webhook internal local
    dev prod staging cache nonce state upload download invite reset verification confirm confirmation unique
    random cookie anonymous anon guest customer tracking event message job task run build change update action
    lifecycle sync create delete register registration notification activation resume retry share sharing link
    magic login logout signup signin unsubscribe password email phone otp mfa push stream cursor batch lock lease
    etag version revision delegation federation sso saml oidc capability continuation pagination upgrade commit
    transfer cancel approval review lookup query search filter form page view order payment checkout cart
    invitation recovery restore refresh download install setup init bootstrap handshake challenge
    process env environ getenv get fetch""".split())
# the words before "key" that make the key a secret whoever issued it: a tax engine's validation key (SureTax),
# a signing, HMAC, encryption or master key.  A UUID under them is the key, not an id (corpus_fresh21)
_UUID_SECRET_KEY_WORDS = frozenset("validation signing hmac encryption master cipher".split())
_UUID_NAME = _lazy(
    "_UUID_NAME", r"([A-Za-z][A-Za-z0-9_.\-]{2,80})[\"'\]]{0,2}(?:[ \t]*:[ \t]*[A-Za-z_][\w.<>\[\]]{0,30})?"
                  r"(?:[ \t]*(?:=|:=|=>|:|,|>|\?\?|\|\|)?[ \t]*[\"'`]?|[\"']?[ \t]+value[ \t]*=[ \t]*[\"'])$")
# name words, a digit kept with the word it ends (auth0, s3, web3)
_UUID_NAME_WORD = _lazy("_UUID_NAME_WORD", r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+[0-9]*|[A-Z]+[0-9]*|[0-9]+")


def uuid_vendor_slot(key_text: str, secret: str) -> bool:
    """Anywhere outside tests: ``SENDGRID_API_KEY = "1e96...-..."``, ``app.linodeToken: ...``,
    ``mapboxLicenseKey``: a UUID under a name whose word before a token, secret or API/access/license key
    ending is a service's name is that service's credential (Heroku, Codecov, Statuspage, Snyk and others issue
    UUIDs).  Not an "integration key": DocuSign's is the app's client id (corpus_fresh8).  Names whose word
    there is generic (``request_token``, ``session_secret``, ``client_api_key``, ``tenant_token``, a bare
    ``api_key``) and low-variety UUIDs stay as they were (session 10, bench/blocking_matrix.py).  The name may
    carry a type (``X: string = "``) or be an XML pair's key, or be an environment variable whose literal
    fallback the UUID is (``process.env.CRYOLINE_API_KEY ?? '...'``, ``|| '...'``: the value the variable carries,
    session 19)."""
    if len(secret) != 36 or not _GV_UUID.fullmatch(secret):
        return False
    hexes = secret.replace("-", "").lower()
    if len(set(hexes)) < 8 or _SEQUENTIAL.search(hexes):
        return False
    m = _UUID_NAME.search(key_text.rstrip(" \t"))
    if m is None:
        return False
    toks = [t.lower() for t in _UUID_NAME_WORD.findall(m.group(1))]
    if len(toks) < 2:
        return False
    last, prev = toks[-1], toks[-2]
    if last in ("token", "secret", "apikey"):
        stem = toks[:-1]
        if prev in ("api", "auth", "access", "client", "bearer") and len(toks) >= 3:
            stem = toks[:-2]
    elif last == "key" and prev in ("api", "access", "license", "secret", "auth", "service"):
        stem = toks[:-2]
    elif last == "key" and prev in _UUID_SECRET_KEY_WORDS:
        return True  # VALIDATION_KEY, validation-key, signingKey: the qualifier says the key proves something
    else:
        return False
    word = stem[-1] if stem else ""
    return len(word) >= 3 and word[0].isalpha() and word not in _UUID_NOT_VENDOR


# where literal values are fixtures, examples or illustrations: test sources as TEST_SOURCE_PATTERN reads them
# (case-blind here), fixtures, examples, documents and templates (triage ranks random passwords by it too)
NOT_LIVE_PATH_PATTERN = (r"(?i)" + TEST_SOURCE_PATTERN + r"|(?:^|/)(?:fixtures?|examples?|samples?|docs?|documentation|"
                         r"demo|mocks?)/|\.(?:md|mdx|rst|adoc|txt|html?|ipynb)$|example|sample|template|\.dist\b")
_NOT_LIVE_PATH = _lazy("_NOT_LIVE_PATH", NOT_LIVE_PATH_PATTERN)
# the key ends in a password or secret word: ``db_password: ``, ``'legacyPass' => '``, ``<ApiPwd>``,
# ``KAFKA_PASSWD=``, ``serviceSecret = "``, an XML name/value pair's ``key="smtp-password" value="`` (not
# ``bypass``, ``compass``: "pass" after a lower-case letter counts only as a camelCase word)
_PASSWORD_OR_SECRET_KEY_END = _lazy(
    "_PASSWORD_OR_SECRET_KEY_END",
    r"(?:(?i:pass(?:word|wd|phrase)|pwd|secret)|(?<![A-Za-z])(?i:pass)|(?<=[a-z])Pass|(?<![A-Z])PASS)"
    r"[\"'\]>]{0,2}(?:[ \t]+(?i:value))?[ \t]*(?:=>|:=|[=:>,(])?[ \t]*[\"'(]?$")


def live_config_path(path: str) -> bool:
    """A file that configures something real: not a test source or test resource, fixture, example, document
    or template (NOT_LIVE_PATH_PATTERN)."""
    return not _NOT_LIVE_PATH.search(path)


def default_style_password(key_text: str, secret: str) -> bool:
    """A default word with digits and a symbol (``Password`` + ``123!``, ``Qwerty`` + ``!234``, ``Adm1n`` +
    ``@2024``) under ``PARTNER_PASSWORD=``, ``dbPass = "`` or ``<ApiPwd>`` in a live config: a weak password
    built on a default word, but the password a service logs in with, so not a test
    or default value.  True when the key names a password or secret and the value is 8-64 characters of at
    least three classes (lower, upper, digit, symbol) with a letter: complexity rules satisfied the lazy way.
    Single words (``postgres``, ``admin``, ``changeme``, ``secret``) and values that say they are test values
    stay dropped; the caller asks only outside tests, fixtures, examples, documents and templates."""
    if not 8 <= len(secret) <= 64 or any(c.isspace() for c in secret) or _TEST_PART.search(secret):
        return False
    if not (_GV_TEST_VALUE.fullmatch(secret) or _SEQUENTIAL.fullmatch(secret) or _KEYBOARD_RUN.fullmatch(secret)):
        return False  # only what the test-value and sequential checks drop: a UUID or a call keeps its own checks
    return char_classes(secret) >= 3 and any(c.isalpha() for c in secret) and bool(_PASSWORD_OR_SECRET_KEY_END.search(key_text))


def weak_password_slot(key_text: str, secret: str) -> bool:
    """In a dotenv file, ``DB_PASSWORD=qwerty2024`` is the password the application logs in with: a weak
    one, not a placeholder.  True when the key names a password and the value is a keyboard run with more
    (the values the sequential and test-value checks drop)."""
    return bool(_PASSWORD_KEY_END.search(key_text)) and bool(_KEYBOARD_RUN.fullmatch(secret)) \
        and len(secret) >= 8 and any(c.isdigit() for c in secret) and any(c.isalpha() for c in secret)


# a connection that only reaches the developer's own machine: localhost, loopback, a Docker host alias or an
# in-memory / embedded database
_LOCAL_TARGET = _lazy(
    "_LOCAL_TARGET",
    rb"(?im)^[ \t]*[\"']?[\w.\-]*(?:url|uri|host|hostname|server|address|dsn)[\"']?[ \t]*[:=][ \t]*[^\n]*?"
    rb"(?:\blocalhost\b|\b127\.0\.0\.1\b|\b0\.0\.0\.0\b|\[::1\]|\bhost\.docker\.internal\b|jdbc:h2:|"
    rb"jdbc:hsqldb:|jdbc:derby:|jdbc:sqlite:)")


def local_default_password(data: bytes, secret: str) -> Optional[str]:
    """``spring.datasource.password=market`` beside ``spring.datasource.username=market`` and a
    ``jdbc:postgresql://localhost/market`` URL: the password is the user name on a database that runs on the
    developer's machine (docker run -e POSTGRES_USER=market -e POSTGRES_PASSWORD=market), a local default and
    not a leak (as :func:`credgate.iac.names.url_password` drops ``postgres:postgres@db``).  Dropped only when
    both hold: the same file gives the same value to a user-name key, and it points a URL or host at a local
    target.  A password equal to the user name on a remote host is still reported."""
    v = secret.strip().strip("'\"")
    if not v or len(v) > 64 or not _LOCAL_TARGET.search(data):
        return None
    user = re.compile(rb"(?im)^[ \t]*[\"']?[\w.\-]*(?:user|username|user_name|login|uid)[\"']?[ \t]*[:=][ \t]*[\"']?"
                      + re.escape(v.encode("utf-8", "replace")) + rb"[\"']?[ \t]*,?[ \t]*\r?$")
    if user.search(data):
        return "the password is the user name on a local database (localhost or in-memory): a local default"
    return None


_DEVICE_USER_PREFIX = _lazy(
    "_DEVICE_USER_PREFIX",
    r"(?:^|[\s#])(?:username|user-name|user|local-user|login|name)[ \t]+\"?([^\s\"]{1,64})\"?[ \t]+(?:privilege[ \t]+[0-9]+[ \t]+)?"
    r"(?:password|secret|passwd)(?:[ \t]+(?:0|simple|plain|plaintext|cleartext|clear))?[ \t]+\"?$", re.IGNORECASE)


def device_user_default(data: bytes, secret_start: int, secret: str) -> Optional[str]:
    """``username craft password craft`` (Adtran, Calix, Ciena and other shipped accounts): a device account
    whose password is its own user name, written on the same line, is the vendor's documented default login, not
    a secret that was set.  Only the same line and only an exact match of user and password count."""
    v = secret.strip().strip("'\"")
    if not v:
        return None
    lo = data.rfind(b"\n", 0, secret_start) + 1
    head = data[lo:secret_start].decode("utf-8", "replace")
    m = _DEVICE_USER_PREFIX.search(head)
    if m and m.group(1) == v:
        return "the password is the account's own user name on a device (a vendor default login)"
    return None


# a test-suite result line (DejaGnu, automake, TAP summaries): "PASS: print-memory-usage", the name of a test
_TEST_RESULT = _lazy("_TEST_RESULT", r"(?:^|\n)[ \t]*(?:PASS|XPASS|FAIL|XFAIL|SKIP|ERROR|UNRESOLVED|UNSUPPORTED):[ \t]+$")


# the prefixes of _KEY_REFERENCE_PREFIX that never hold the credential they name (a flag, a count, a limit), unlike
# use/enable/disable/existing/external (``enable_password``, ``useToken`` hold it)
_FLAG_OR_COUNT_PREFIX = _lazy(
    "_FLAG_OR_COUNT_PREFIX",
    r"^(?:(?i:is|has|show|hide|num|max|min)[_.\-]|(?:[iI]s|[hH]as|[sS]how|[hH]ide|[nN]um|[mM]ax|[mM]in)(?=[A-Z]))")


def _names_reference(key: str) -> bool:
    """The key is a reference, a flag or a count (``_KEY_REFERENCE_PREFIX``), not the credential it mentions.
    A key that ends in the credential holds it (``enable_password``, ``useToken``); only ``existing`` keeps its
    meaning before ``secret``/``token``/``key`` (``existingSecret`` names a Kubernetes Secret), and ``external``
    only as the name of an ExternalSecret object (``externalSecret``): ``external_api_token`` is a credential."""
    if not _KEY_REFERENCE_PREFIX.match(key):
        return False
    if _FLAG_OR_COUNT_PREFIX.match(key):
        return True  # is_secret, hasPassword, show_password, max_token, min-secret: a flag or a count, whatever it ends in
    low = key.lower()
    if low.startswith("external"):
        # external: only the name of an ExternalSecret object (externalSecret, external_secrets) is a reference;
        # external_api_token, externalClientSecret, EXTERNAL_SIGNING_KEY hold a partner's credential (session 10)
        return _EXTERNAL_SECRET_OBJECT.fullmatch(low) is not None
    end = _KEY_ENDS_IN_CREDENTIAL.search(key)
    if end is None:
        # a pass key of its own word (EXTERNAL_PASS, externalPass, external-pass), not bypass: the password
        return not (len(key) > 5 and key[-4:].lower() == "pass" and (key[-5] in "_.-" or key[-4] == "P"))
    if end.group(0).lower().startswith(("pas", "pwd")):
        return False
    return low.startswith("existing")  # existingSecret, existing_api_token: the Secret object that holds it


# AnyDesk system.conf: ad.anynet.pwd_hash / pwd_salt and ad.security.permission_profiles.<profile>.pwd / salt hold a
# salted SHA-256 of the unattended-access password and its salt (session 12 round 3, issue 17); the generic rules
# keep at most 30 characters of a key before "pwd", so the profile path is matched in part
_ANYDESK_PWD_HASH = _lazy("_ANYDESK_PWD_HASH", r"(?:ad\.anynet|[\w.]*(?:permission_profiles|_unattended_access)[\w.]{0,60})\.(?:pwd|pwd_hash|pwd_salt|salt)")


def generic_key(key_text: str) -> Optional[str]:
    """For generic rules: the key the value is assigned to says it is not a secret."""
    if _TEST_RESULT.search(key_text):
        return "a test result line (PASS: test-name), not a password"
    if _PROSE_PASSWORD_FOR.search(key_text):
        return None  # "Password for the SFTP account: ...": the key is the password word, not "account"
    m = re.search(r"([A-Za-z0-9_.\-]+)[\"'\]\s]*(?:=|:=|=>|:|>|,)?\s*$", key_text.strip().strip("\"'`"))
    key = m.group(1) if m else key_text.strip()
    key = key.strip("\"'[] .-_")
    if not key:
        return None
    last = re.split(r"[.]", key)[-1]
    if _ANYDESK_PWD_HASH.fullmatch(key):
        return "AnyDesk's system.conf keeps a salted SHA-256 of the unattended password (a hash), not the password"
    if _NOT_CREDENTIAL_TOKEN.search(last):
        return f"the key {last!r} holds a pagination or request token, not a credential"
    if _KEY_NOT_SECRET.search(last) and not _SECRET_ID_KEY.search(last):
        return f"the key {last!r} names an identifier or setting, not a secret"
    if _CREDENTIAL_SALT.search(last):
        return f"the key {last!r} names the salt stored beside a password hash, not a secret"
    if _names_reference(last):
        return f"the key {last!r} refers to a secret kept elsewhere"
    if _KEY_HEADER.search(last):
        return f"the key {last!r} names a header, not its value"
    if _KEY_PUBLIC.search(last) and "private" not in last.lower():
        return f"the key {last!r} holds a public-by-design value (publishable / storefront key)"
    return None


# front-end build tools put every variable with these prefixes into the JavaScript they ship to browsers
# (Next.js, Vite, Create React App, Expo, Nuxt, Gatsby, Vue CLI, SvelteKit $env/static/public, Storybook)
_PUBLIC_ENV_NAME = _lazy(
    "_PUBLIC_ENV_NAME",
    r"(?:^|[^A-Za-z0-9_])(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|NUXT_ENV|GATSBY|VUE_APP|PUBLIC|"
    r"STORYBOOK)_([A-Z0-9_]+)[\"']?[ \t]*(?:[:=,]|\r?\n)")
_PRIVATE_WORD = _lazy("_PRIVATE_WORD", r"SECRET|PASSWORD|PASSWD|PRIVATE|ADMIN|SERVICE_ROLE|SERVER")


# values a tool stored encrypted while its key sits elsewhere: Salesforce Data Loader's encrypt.sh output (hex)
# in sfdc.password / sfdc.proxyPassword (config.properties, process-conf.xml, with process.encryptionKeyFile),
# and the Duo Authentication Proxy's *_protected options (authproxy.cfg: skey_protected, radius_secret_protected_1,
# service_account_password_protected: Windows DPAPI ciphertext, readable only by that host's machine key)
_SFDC_PASSWORD_SLOT = _lazy(
    "_SFDC_PASSWORD_SLOT",
    r"(?i)\bsfdc\.(?:proxy)?password[\"']?[ \t]*(?:[=:]|[ \t]value[ \t]*=)?[ \t]*[\"']?$")
_DUO_PROTECTED_SLOT = _lazy("_DUO_PROTECTED_SLOT", r"(?i)(?:^|[^\w])[a-z][a-z_]*_protected(?:_[0-9]+)?[ \t]*[=:][ \t]*$")
_HEX_CIPHERTEXT = _lazy("_HEX_CIPHERTEXT", r"(?:[0-9a-fA-F]{2}){16,}")
_DPAPI_BLOB = _lazy("_DPAPI_BLOB", r"[A-Za-z0-9+/]{40,}={0,2}")


# a slot named for ciphertext (Power BI gateway data source exports: "encryptedCredentials"; tools that write
# encryptedPassword / encrypted_secret / encryptedValue next to the key that decrypts it elsewhere)
_ENCRYPTED_SLOT = _lazy(
    "_ENCRYPTED_SLOT",
    r"(?i)(?:^|[^\w])encrypted[_\-]?(?:credentials?|password|passwd|secret|value|data|connection[_\-]?string)[\"']?"
    r"[ \t]*[=:][ \t]*[\"']?$")
# an htpasswd line (user:hash): Apache MD5 ($apr1$), bcrypt ($2y$...), crypt ($1$, $5$, $6$) or {SHA}/{SSHA}
_HTPASSWD_LINE = _lazy(
    "_HTPASSWD_LINE",
    r"[^\s:]{1,128}:(?:\$(?:apr1|2[abxy]?|1|5|6|y|7|argon2(?:id|i|d)?|pbkdf2[\w\-]*)\$\S{8,}"
    r"|\{(?:SHA|SSHA|SHA256|SSHA256|SHA512|SSHA512|MD5|SMD5|CRYPT|PBKDF2[\w\-]*)\}\S{8,})")


def htpasswd_lines(text: str) -> bool:
    """Every non-blank line of ``text`` is an htpasswd entry (``user:`` and a password hash): a hash, not a login
    (a Kubernetes basic-auth Secret's ``auth`` key, an ingress annotation's base64 value)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    return bool(lines) and all(_HTPASSWD_LINE.fullmatch(ln) for ln in lines)


def tool_encrypted(line_head: str, secret: str) -> Optional[str]:
    """The value is ciphertext a tool wrote with a key kept elsewhere (``line_head``: its line up to the value)."""
    v = secret.strip().strip("\"'")
    if _HEX_CIPHERTEXT.fullmatch(v) and _SFDC_PASSWORD_SLOT.search(line_head):
        return ("Salesforce Data Loader password encrypted with encrypt.sh (hex ciphertext; the key file is "
                "process.encryptionKeyFile), not the password")
    if _DPAPI_BLOB.fullmatch(v) and _DUO_PROTECTED_SLOT.search(line_head):
        return ("a Duo Authentication Proxy *_protected value: DPAPI ciphertext only that host can decrypt, "
                "not the secret")
    if _DPAPI_BLOB.fullmatch(v) and _ENCRYPTED_SLOT.search(line_head):
        return ("a value under an encrypted* name (a Power BI gateway encryptedCredentials export, a tool's "
                "encryptedPassword): ciphertext, not the secret")
    return None


def public_env_name(key_text: str) -> Optional[str]:
    """``NEXT_PUBLIC_MAPBOX_TOKEN``, ``VITE_SENTRY_DSN``, ``REACT_APP_MAPS_KEY``: a variable the front-end
    build bundles into the pages every visitor downloads, so its value is public by design (a publishable
    token, a site key).  A name that still says SECRET, PASSWORD, PRIVATE, ADMIN or SERVICE_ROLE is reported:
    a secret put there by mistake is shipped to browsers.  Provider-format rules (an ``sk_live_`` key under
    such a name) are not affected."""
    m = _PUBLIC_ENV_NAME.search(key_text)
    if m and not _PRIVATE_WORD.search(m.group(1)):
        name = m.group(0).strip(" \t\r\n=:,\"'")
        return f"a public front-end variable ({name}): bundled into browser code by design"
    return None


# X_API_KEY beside X_API_SECRET: an OAuth app or HMAC-signing pair, whose key is the client id / key id
_PAIR_KEY_NAME = _lazy(
    "_PAIR_KEY_NAME", r"(?:^|[^A-Za-z0-9])([A-Za-z][A-Za-z0-9]*(?:[_.\-][A-Za-z0-9]+)*?)?[_.\-]?"
    r"(api|consumer|client|app)[_.\-]?key[\"'\]]{0,2}[ \t]*(?:=|:=|=>|:)[ \t]*[\"'`]?$", re.IGNORECASE)
_PAIR_WINDOW = 2048
_TF_DEFAULT_TEXT = _lazy("_TF_DEFAULT_TEXT", r"^[ \t]*default[ \t]*=[ \t]*\"$")
_TF_VARIABLE_HEAD = _lazy("_TF_VARIABLE_HEAD", r"variable[ \t]+\"([A-Za-z0-9_\-]{1,80})\"[ \t]*\{")


def paired_api_key(data: bytes, start: int, secret_start: int) -> Optional[str]:
    """``SHOPIFY_API_KEY=5e01...`` with ``SHOPIFY_API_SECRET=shpss_...`` beside it: in an app credential
    pair (Shopify, Twitter consumer key/secret, exchange and HMAC-signing APIs) the API key is the public
    client or key id that travels with every request; the secret beside it is the credential, and the
    secret's own finding reports the leak.  Only a secret named with the same prefix within 2 KB counts, given
    as a literal or as the file it is read from (``--api-secret-file=/etc/x``, ``API_SECRET_FILE=...``).  IaC
    slot hits (an environment variable, a command's ``--api-key=`` argument) are judged the same way
    (engine: :func:`_public_half_hit`)."""
    key_text = data[max(start, secret_start - 160) : secret_start].decode("utf-8", "replace")
    if _TF_DEFAULT_TEXT.search(key_text):
        # a Terraform variable's default: the name is the block's (variable "fivetran_api_key" { ... default = "..."),
        # and its pair is the variable "fivetran_api_secret" block beside it (session 19)
        head = data[max(0, secret_start - 600) : secret_start].decode("utf-8", "replace")
        blocks = _TF_VARIABLE_HEAD.findall(head)
        if blocks and "}" not in head[head.rfind("variable"):]:
            key_text = blocks[-1] + " = \""
    m = _PAIR_KEY_NAME.search(key_text)
    if not m:
        return None
    prefix = re.escape(m.group(1) or "")
    # the whole name: SHOPIFY_API_SECRET for SHOPIFY_API_KEY, API_SECRET (not OTHER_API_SECRET) for API_KEY; the
    # same word (ApiKey pairs with ApiSecret, ConsumerKey with ConsumerSecret): an Azure AD ClientSecret in the
    # block above is not the pair of a vendor's ApiKey
    # the secret's slot holds it (a literal) or names the file it is read from (API_SECRET_FILE=/run/secrets/x,
    # a container's --api-secret-file=/etc/x argument beside --api-key=...): either way the key is the public half;
    # a Terraform variable "x_api_secret" block with a literal default pairs a variable "x_api_key" default
    sib = re.compile(
        r"(?:^|[^A-Za-z0-9_.\-]|--)" + prefix + r"[_.\-]?" + m.group(2) + r"[_.\-]?secret(?:[_.\-]?key)?"
        r"(?:[_.\-]?(?:file|path))?"
        r"(?:[\"'\]]{0,2}[ \t]*(?:=|:=|=>|:)[ \t]*[\"'`]?[^\s\"'`$<{]"
        r"|\"[ \t]*\{[^}]{0,400}?\bdefault[ \t]*=[ \t]*\"[^\"\s$])", re.IGNORECASE | re.MULTILINE)
    lo = max(0, start - _PAIR_WINDOW)
    window = data[lo : secret_start + _PAIR_WINDOW].decode("utf-8", "replace")
    if sib.search(window):
        return "an API key beside its app's API secret: the public client id of the pair (the secret is the credential)"
    return None


# a bare key name ("Key=", "key:", "apiKey") and, near it, a bare secret name with a value (a literal or a
# reference: ``Secret=${RMM_API_SECRET}`` still makes the key its public half)
_BARE_KEY_NAME = _lazy("_BARE_KEY_NAME", r"(?:^|[\s\"'{,])[\"']?(?i:api[_.\-]?)?(?i:key)[\"']?[ \t]*(?:=|:|=>)[ \t]*[\"']?$")
_BARE_SECRET_BESIDE = _lazy(
    "_BARE_SECRET_BESIDE",
    r"(?:^|[\s\"'{,])[\"']?(?i:api[_.\-]?)?(?i:secret)(?:[_.\-]?(?i:key))?[\"']?[ \t]*(?:=|:|=>)[ \t]*[\"']?[^\s\"']",
    re.MULTILINE)


def bare_key_beside_secret(data: bytes, start: int, secret_start: int) -> Optional[str]:
    """``Key=oQs0...`` with ``Secret=br9H...`` on a line beside it (an RMM agent's ``[API]`` section, a partner's
    ``key:``/``secret:`` pair, three lines apart at most): the key is the public id of the pair, as
    :func:`paired_api_key` judges prefixed names; the secret's own finding reports the leak.  Only for a name that
    is ``key`` or ``api key`` alone."""
    ls = data.rfind(b"\n", 0, secret_start) + 1
    if not _BARE_KEY_NAME.search(data[ls:secret_start].decode("utf-8", "replace")):
        return None
    lo = ls
    for _ in range(3):  # three lines before
        lo = data.rfind(b"\n", 0, max(0, lo - 1)) + 1
    hi = secret_start
    for _ in range(4):  # through three lines after
        nxt = data.find(b"\n", hi + 1)
        hi = len(data) if nxt < 0 else nxt
    if _BARE_SECRET_BESIDE.search(data[lo:hi].decode("utf-8", "replace")):
        return "a bare key name beside a secret: the public id of the pair (the secret is the credential)"
    return None

# <add key="PunchhBusinessKey" value="..."/>: the name of an XML name/value setting whose value is a key
_SETTING_KEY_NAME = _lazy("_SETTING_KEY_NAME", r"(?:key|name)\s*=\s*\"([^\"]{1,80})\"[^<>]{0,200}$", re.IGNORECASE)


def paired_setting_key(data: bytes, start: int, secret_start: int) -> Optional[str]:
    """``<add key="PunchhBusinessKey" value="<hex>"/>`` with ``<add key="PunchhSecret" value="..."/>`` beside it
    (session 19): a setting named for a vendor and ending in "Key", next to a literal secret of the same vendor
    (the name's first word), is the pair's key id or client id, as :func:`paired_api_key` judges
    ``X_API_KEY`` beside ``X_API_SECRET``; the secret's own finding reports the leak.  A key with no such secret
    beside it (``<add key="FrostGuardKey" .../>`` beside a URL and an SMTP password) is the credential."""
    lo = data.rfind(b"\n", 0, start) + 1
    m = _SETTING_KEY_NAME.search(data[lo:secret_start].decode("utf-8", "replace"))
    if not m:
        return None
    words = _UUID_NAME_WORD.findall(m.group(1))
    if len(words) < 2 or len(words[0]) < 3 or not words[0][0].isalpha():
        return None
    sib = re.compile(r"(?:key|name)\s*=\s*\"" + re.escape(words[0]) + r"[\w.:\-]{0,30}secret(?:[_.\-]?key)?\"\s+"
                     r"(?:[\w.:\-]+\s*=\s*\"[^\"<>]{0,80}\"\s+){0,2}value\s*=\s*\"[^\"\s$%#{]", re.IGNORECASE)
    window = data[max(0, start - _PAIR_WINDOW) : secret_start + _PAIR_WINDOW].decode("utf-8", "replace")
    if sib.search(window):
        return "a setting's key beside its vendor's secret: the key id of the pair (the secret is the credential)"
    return None


_ALLOW_MARK = _lazy("_ALLOW_MARK",
    rb"credgate:allow|gitleaks:allow|pragma:\s*allowlist[ -]secret|nosec\b.*secret|trufflehog:ignore",
    re.IGNORECASE,
)
_ALLOW_NEXT = _lazy(
    "_ALLOW_NEXT", rb"pragma:\s*allowlist[ -]nextline[ -]secret|credgate:allow-next-line", re.IGNORECASE)
_ALLOW_RULE = _lazy("_ALLOW_RULE", rb"credgate:allow=([a-z0-9._-]+(?:,[a-z0-9._-]+)*)", re.IGNORECASE)


def inline_allowed(line: bytes, prev_line: bytes, rule_id: str) -> Optional[str]:
    """``credgate:allow`` (or ``credgate:allow=rule-id,other-id``), ``gitleaks:allow``, ``pragma: allowlist secret``."""
    if _ALLOW_MARK.search(line):
        m = _ALLOW_RULE.search(line)
        if m:
            ids = {x.strip().decode().lower() for x in m.group(1).split(b",")}
            if ids and rule_id not in ids and "all" not in ids:
                return None
        return "inline allow comment on the line"
    if prev_line and _ALLOW_NEXT.search(prev_line):
        return "inline allow comment on the line before"
    return None


# ------------------------------------------------------ user allowlist regexes
class AllowRegex:
    """A user's allowlist regex (``[[allowlist]] regexes/line_regexes``, a custom rule's
    ``allowlist.regexes/lines``), made safe to run on hostile text the way
    :mod:`credgate.safety` makes user rules safe:

    * on **RE2** (linear time) when google-re2 is installed and can express it;
    * else on Python ``re`` under the user-regex time budget (``[limits] rule_timeout``,
      ``CREDGATE_RULE_TIMEOUT``).  When the budget runs out the regex **fails closed**:
      it counts as not matching, so it suppresses nothing, and it stays off for the rest
      of the run (a regex that ran out once would cost the budget again on every finding).
      Each item where that happened gets an ``allowlist-timeout`` skip
      (:func:`drain_allow_timeouts`).

    Compiled on first use, so a hook that finds nothing never imports RE2.  ``search``
    returns a truthy match or None, like ``re``; ``pattern`` is the source text.
    """

    __slots__ = ("pattern", "origin", "binary", "_rx", "_budgeted", "dead")

    def __init__(self, pattern: str, origin: str = "", binary: bool = False) -> None:
        re.compile(pattern)  # syntax errors surface where the config or rule is loaded
        self.pattern = pattern
        self.origin = origin
        self.binary = binary
        self._rx: Any = None
        self._budgeted = False
        self.dead = False

    def _compile(self) -> Any:
        if self._rx is None:
            rx: Any = None
            if self.binary:
                rx = _re2_pattern(self.pattern, False, False)
            else:
                rx = _re2_text(self.pattern)
            if rx is None:
                rx = re.compile(self.pattern.encode("utf-8") if self.binary else self.pattern)
                self._budgeted = True
            self._rx = rx
        return self._rx

    def search(self, text: Any) -> Any:
        if self.dead:
            _note_timeout(self, "ran out of its time budget earlier in this run")
            return None
        rx = self._compile()
        if not self._budgeted:
            return rx.search(text)
        try:
            with time_budget(rule_timeout(), f"allowlist {self.pattern!r}"):
                return rx.search(text)
        except RuleBudgetExceeded as exc:
            self.dead = True
            _note_timeout(self, f"ran out of its {exc.seconds:g}s budget")
            return None

    def __repr__(self) -> str:
        return f"AllowRegex({self.pattern!r})"


def _re2_text(pattern: str) -> Any:
    """RE2 for a ``str`` pattern run on ``str`` text (UTF-8), or None."""
    try:
        import re2  # google-re2
    except ImportError:
        return None
    opts = re2.Options()
    opts.log_errors = False
    body = re.sub(r"(?<!\\)((?:\\\\)*)\\Z", r"\1\\z", pattern)  # Python's \Z is RE2's \z
    try:
        return re2.compile(body, opts)
    except Exception:  # re2.error: look-around, back-references, possessive forms...
        return None


_allow_timeouts: dict[str, str] = {}


def _note_timeout(rx: AllowRegex, what: str) -> None:
    where = f" ({rx.origin})" if rx.origin else ""
    _allow_timeouts.setdefault(
        rx.pattern,
        f"allowlist regex {rx.pattern!r}{where} {what}; it suppressed nothing here, so findings it might "
        "have allowed are reported (fail closed). Use a simpler regex, or install google-re2 "
        "(pip install google-re2) to run it in linear time",
    )


def drain_allow_timeouts() -> list[str]:
    """Messages for allowlist regexes that ran out of time since the last call (then forgotten)."""
    if not _allow_timeouts:  # almost always (asked twice per scanned fragment)
        return []
    out = list(_allow_timeouts.values())
    _allow_timeouts.clear()
    return out

