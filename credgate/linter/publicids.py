"""Values shaped like credentials that are not live ones: fake key bodies and public client identifiers.

One place for two verdicts, both pure functions of a value, the name it is assigned to and the file's path
(no IO; only the standard library's ``re``: this module is on the hook's path).

* :func:`fake_body` (engine step 6, provider-format rules): the body of a provider token is a pattern a
  person typed, not random output: a run of one character (``sk_test_...000000000000``), a short unit
  repeated (``abcd1234abcd1234...``), an ascending run of eight (``abcdefgh``, ``12345678``) or the words a
  test writes (``NotARealKey``, ``unitTests``, ``placeholder``).  A provider never issues such a body, so the
  candidate is **dropped** (``--verbose`` says why).  Random bodies spell none of these by chance (a run of 8
  of one base62 character, or a given 7-letter word, comes about once in 10^9 keys).
* :func:`judge` (after every rule and IaC slot has spoken): the value is a credential-shaped *identifier*
  that the provider hands to every client by design, or a slow password hash.  The finding is **kept** at a
  lower level (``Severity.INFO``: context, shown with ``--verbose``, never blocks; ``Severity.LOW`` for a
  hash that only falls to offline cracking) with the reason in its ``why``.  Triage applies the level
  (``credgate.triage``: the ``_public`` mark), so no other rank raises it again.  The classes, each from the
  provider's own documentation:

  - a Google API key (``AIza...``) of a Firebase app (any name with ``firebase``), or in a mobile or web
    client's config (``app.json``, ``app.config.ts``, ``google-services.json``, ``Info.plist``,
    ``AndroidManifest.xml``, ``res/values/*.xml``, ``*.xcconfig``), in an Android project's Gradle properties
    (``local.properties``, ``secrets.properties``, ``android/gradle.properties``: the build copies it into the
    app; a name that says secret or server keeps the rank), or named for a client platform
    (``ANDROID``, ``IOS``, ``WEB``, ``BROWSER``, ``CLIENT``, ``MOBILE``): every install receives it and its
    restrictions (API, app, referrer) protect it.  The same key in a server-side file keeps its rank;
  - a Duo integration key (``DI`` + 18, the ``ikey``; the 40-character ``skey`` is the secret);
  - a DocuSign integration key, user or account GUID (the OAuth client id and identifiers; the secret key
    and the RSA private key are the secrets);
  - an Algolia search-only key (``search`` in its name: the key a browser queries with; the admin and
    write keys stay secrets);
  - a Google API key under a front-end build's public variable (``NEXT_PUBLIC_``, ``VITE_``, ``REACT_APP_``...);
  - a Facebook client token (``facebook_client_token``, ``FacebookClientToken``: in the app binary; the app
    secret is the credential);
  - a Stripe PaymentIntent / SetupIntent client secret (``pi_..._secret_...``: sent to the customer's browser to
    confirm one intent);
  - a Mapbox public token (``pk.``: shipped in map pages; ``sk.`` tokens are secret);
  - a Supabase anon key (a JWT whose payload says ``"role": "anon"``): the key the Supabase client libraries
    ship in every browser and mobile app (row-level security protects the data; the ``service_role`` key is
    the secret);
  - a Bugsnag notifier API key (32 hex under a Bugsnag API key name): the project key every app's notifier
    sends error reports with, compiled into browser bundles and mobile apps (Bugsnag's personal auth / data
    access tokens stay secrets);
  - an LTI 1.1 consumer key (``LTI11_CONSUMER_KEY``, ``lti_consumer_key``, ``ltiConsumerKey``): sent in clear
    as ``oauth_consumer_key`` in every launch form the learner's browser posts; the shared secret is the
    credential;
  - a PgBouncer/PostgreSQL SCRAM-SHA-256 verifier (``SCRAM-SHA-256$4096:salt$StoredKey:ServerKey``): it
    cannot log in (the client proof needs the password), so it ranks as the other slow password hashes do:
    low.  An ``md5`` entry keeps its rank: md5 authentication accepts the hash itself (pass-the-hash).
"""
from __future__ import annotations

import re
from typing import Optional

from credgate.lazyre import LazyPattern
from credgate.models import Severity


def _lazy(name: str, pattern: str, flags: int = 0) -> "re.Pattern[str]":
    return LazyPattern(globals(), name, pattern, flags)  # type: ignore[return-value]


# ----------------------------------------------------------------------------------------------- fake bodies
# a provider prefix before the body: sk_test_, sk_live_, ghp_, xoxb-, SG., glpat-, AIza, AKIA, npm_, pypi-...
_PREFIX = _lazy("_PREFIX", r"^(?:[A-Za-z]{1,12}[_\-.]){1,3}|^(?:AIza|AKIA|ASIA)")
_RUN = _lazy("_RUN", r"([0-9A-Za-z])\1{7,}")  # letters and digits: indentation and ---- are layout
# the words a person writes into a fake key (7 letters or more: a random body spells one by chance ~1 in 10^9)
_FAKE_WORDS = _lazy(
    "_FAKE_WORDS",
    r"not_?a_?real|notreal|not_?valid|invalid_?key|fake_?key|dummy_?key|"
    r"unit_?tests?|for_?testing|placeholder|example|sample_?key|redacted|do_?not_?use|replace_?me|your_?key",
    re.IGNORECASE)
_MIN_BODY = 12


def _periodic(body: str) -> bool:
    """A short unit (up to 8 characters) repeated over the body: ``abcd1234abcd1234abcd1234``."""
    n = len(body)
    for p in range(1, 9):
        if n >= 2 * p + 8 and body == (body[:p] * (n // p + 1))[:n]:
            return True
    return False


def _ascending(body: str, run: int = 8) -> bool:
    """An ascending run of ``run`` consecutive characters: ``abcdefgh``, ``12345678``, ``ABCDEFGH``."""
    count = 1
    for a, b in zip(body, body[1:]):
        count = count + 1 if ord(b) == ord(a) + 1 and a.isalnum() and b.isalnum() else 1
        if count >= run:
            return True
    return False


def fake_body(secret: str) -> Optional[str]:
    """Why the body of this provider-format token is typed, not issued (dropped), or None."""
    m = _PREFIX.match(secret)
    body = secret[m.end():] if m else secret
    if any(c.isspace() for c in body):  # a PEM or a wrapped token indented in code or YAML: layout is no body
        body = "".join(body.split())
    if len(body) < _MIN_BODY:
        return None
    run = _RUN.search(body)
    if run and run.group(1) != "A":  # base64 of zero bytes is a run of "A" in real binary keys
        return f"the key body holds a run of {len(run.group(0))} {run.group(1)!r}: typed, not issued"
    if _periodic(body):
        return "the key body is a short pattern repeated: typed, not issued"
    if _ascending(body):
        return "the key body holds an ascending run (abcdefgh, 12345678): typed, not issued"
    w = _FAKE_WORDS.search(body)
    if w:
        return f"the key body spells {w.group(0)!r}: a test or placeholder value, not issued"
    return None


# ------------------------------------------------------------------------------------------- public ids
_TOKEN = _lazy("_TOKEN", r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")
_GOOGLE_KEY = _lazy("_GOOGLE_KEY", r"AIza[0-9A-Za-z_\-]{35}")
# mobile and web client configuration files: what they hold is compiled into the app or page
_CLIENT_CONFIG = _lazy(
    "_CLIENT_CONFIG",
    r"(?i)(?:^|/)(?:app\.json|app\.config\.[cm]?[jt]s|google-services\.json|googleservice-info\.plist|info\.plist|"
    r"androidmanifest\.xml|capacitor\.config\.(?:json|[jt]s)|firebase_options\.dart|firebase\.json|"
    r"firebase-config\.[jt]s|firebaseconfig\.[jt]s|environment(?:\.[a-z]+)?\.ts)$|"
    r"(?:^|/)res/values[^/]*/[^/]+\.xml$|\.xcconfig$")
# an Android project's Gradle property files: the Secrets Gradle Plugin's local.properties / secrets.properties
# (and its checked-in local.defaults.properties), or gradle.properties under an android/ folder; the build
# copies their values into the manifest or BuildConfig, so a Google key there ships inside the APK
_ANDROID_PROPS = _lazy(
    "_ANDROID_PROPS",
    r"(?i)(?:^|/)(?:local|secrets|local\.defaults)\.properties$|(?:^|/)android/(?:[^/]+/)*gradle\.properties$")
_CLIENT_WORDS = frozenset("firebase android ios web browser client mobile frontend javascript js".split())
# the prefixes front-end builds inline into browser code (as filters.public_env_name reads them)
_PUBLIC_ENV_PREFIX = _lazy(
    "_PUBLIC_ENV_PREFIX",
    r"(?:^|[^A-Za-z0-9_])(?:NEXT_PUBLIC|VITE|REACT_APP|EXPO_PUBLIC|NUXT_PUBLIC|NUXT_ENV|GATSBY|VUE_APP|PUBLIC|"
    r"STORYBOOK)_[A-Z0-9_]+[\"']?[ \t]*[:=]")
# a Google Maps key's name (mapsKey, GOOGLE_MAPS_KEY, googleMapsApiKey): the key the Maps JavaScript and
# mobile SDKs send from the client, kept in client files (front-end and mobile sources, gradle.properties, a
# Kubernetes config map, JSON/YAML under a web, mobile or front-end folder); server code, Spring/.NET config,
# Pulumi stack configs (IaC: a server key, corpus_fresh4) and paths named for a server, API or function keep
# their rank
_MAPS_WORDS = frozenset("maps map gmaps googlemaps".split())
_CLIENT_FILE = _lazy(
    "_CLIENT_FILE",
    r"(?i)\.(?:[cm]?[jt]sx?|html?|dart|swift|vue|svelte|xcconfig|plist)$|(?:^|/)gradle\.properties$|"
    r"(?:^|/)[^/]*config-?map[^/]*\.ya?ml$|"
    r"(?:^|/)(?:[\w.]*[-_])?(?:web|mobile|frontend|client|ui|www|spa)(?:[-_][\w.\-]*)?/(?:[^/]+/)*[^/]+\.(?:json|ya?ml)$")
_SERVER_PATH = _lazy(
    "_SERVER_PATH",
    r"(?i)(?:^|/)(?:[\w.]*[-_.])?(?:server|backend|api|services?|lambdas?|functions?|workers?|jobs?|cron)(?:[-_.][\w.\-]*)?/|"
    r"(?:^|/)Pulumi\.[^/]*\.ya?ml$")
# a reCAPTCHA key (6L + 38) or Cloudflare Turnstile site key (0x4AAAAAAA...)
_CAPTCHA_SITE_KEY = _lazy("_CAPTCHA_SITE_KEY", r"6L[0-9A-Za-z_\-]{38}|0x4[0-9A-Za-z_\-]{20,30}")
_DUO_IKEY = _lazy("_DUO_IKEY", r"DI[0-9A-Z]{18}")
_UUID = _lazy("_UUID", r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_SECRET_WORDS = frozenset("secret secrets password passwd pwd private token skey admin write".split())
_MAPBOX_PUBLIC = _lazy("_MAPBOX_PUBLIC", r"pk\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{10,}")
_STRIPE_INTENT_SECRET = _lazy("_STRIPE_INTENT_SECRET", r"(?:pi|seti)_[A-Za-z0-9]{14,40}_secret_[A-Za-z0-9]{14,40}")
# the Stripe CLI's own config (~/.config/stripe/config.toml, a project's .stripe/config.toml): test_mode_api_key
# holds the test-mode key "stripe login" created for the device (test_mode_key_expires_at beside it)
_STRIPE_CLI_CONFIG = _lazy("_STRIPE_CLI_CONFIG", r"(?:^|/)(?:\.config/stripe|\.stripe|stripe)/config\.toml$")
_STRIPE_CLI_TEST_KEY = _lazy("_STRIPE_CLI_TEST_KEY", r"\btest_mode_api_key[\"']?[ \t]*=[ \t]*[\"']?[sr]k_test_(?:\s|$)")
_STRIPE_TEST_PREFIX = _lazy("_STRIPE_TEST_PREFIX", r"[sr]k_test_(?:\s|$)")
_JWT = _lazy("_JWT", r"eyJ[A-Za-z0-9_\-]{10,}\.(eyJ[A-Za-z0-9_\-]{10,})\.[A-Za-z0-9_\-]{16,}")
_HEX32 = _lazy("_HEX32", r"[0-9a-fA-F]{32}")
_SCRAM = _lazy("_SCRAM", r"SCRAM-SHA-256\$[0-9]{3,7}:[A-Za-z0-9+/=]{8,}\$[A-Za-z0-9+/=]{20,}:[A-Za-z0-9+/=]{20,}")


def _jwt_role(v: str) -> Optional[str]:
    """The ``role`` claim of a JWT's payload (Supabase and PostgREST keys carry one), or None."""
    m = _JWT.fullmatch(v)
    if not m:
        return None
    import base64
    import json

    body = m.group(1)
    try:
        claims = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    except (ValueError, TypeError):
        return None
    role = claims.get("role") if isinstance(claims, dict) else None
    return role if isinstance(role, str) else None


def _words(name_text: str) -> set[str]:
    return {t.lower() for t in _TOKEN.findall(name_text)}


def judge(secret: str, name_text: str, path: str) -> "Optional[tuple[Severity, str]]":
    """The level this credential-shaped value ranks at, and why, when it is public by design (or only a
    slow hash); None for everything else (the finding keeps its rank).

    ``name_text``: the text that names the value (its line up to the value, the IaC location detail, a
    name on the line above); ``path``: the file's path as scanned."""
    v = secret.strip().strip("'\"")
    if _GOOGLE_KEY.fullmatch(v):
        words = _words(name_text)
        if "firebase" in words:
            return Severity.INFO, ("a Firebase app's Google API key: public by design (Firebase documents that it "
                                   "may be shipped and committed; Security Rules and App Check guard the data)")
        if _CLIENT_CONFIG.search(path):
            return Severity.INFO, ("a Google API key in a mobile or web client's config: compiled into every install "
                                   "(its API and app restrictions protect it, not secrecy)")
        if _PUBLIC_ENV_PREFIX.search(name_text) and not words & _SECRET_WORDS and "server" not in words:
            return Severity.INFO, ("a Google API key in a front-end build's public variable (NEXT_PUBLIC_, VITE_, "
                                   "REACT_APP_, EXPO_PUBLIC_...): bundled into the pages every visitor loads")
        if _ANDROID_PROPS.search(path) and not words & _SECRET_WORDS and "server" not in words:
            return Severity.INFO, ("a Google API key in an Android project's Gradle properties: the build puts it "
                                   "in the app's manifest or BuildConfig, so every install holds it (its Android "
                                   "app restriction protects it, not secrecy)")
        if words & _CLIENT_WORDS and not words & _SECRET_WORDS and "server" not in words:
            return Severity.INFO, "a Google API key named for a client platform (Android, iOS, web): shipped to clients"
        if words & _MAPS_WORDS and not words & (_SECRET_WORDS | {"server", "backend", "geocoding"}) \
                and _CLIENT_FILE.search(path) and not _SERVER_PATH.search(path):
            return Severity.LOW, ("a Google Maps key in a client's config (an app or web page's config, Gradle "
                                  "properties, a front end's config map): the maps SDK sends it from every browser "
                                  "or device, and its referrer or app restriction protects it: low")
        return None
    words = _words(name_text)
    if _CAPTCHA_SITE_KEY.fullmatch(v) or _UUID.fullmatch(v):
        if words & {"recaptcha", "captcha", "hcaptcha", "turnstile", "grecaptcha"} \
                and words & {"site", "sitekey", "public", "client"} and not words & _SECRET_WORDS:
            return Severity.INFO, ("a CAPTCHA site key (reCAPTCHA, hCaptcha, Turnstile): embedded in every page the "
                                   "widget renders on (the secret key is the credential)")
    if _DUO_IKEY.fullmatch(v) and ({"duo", "ikey", "integration"} & words) and "skey" not in words:
        return Severity.INFO, ("a Duo integration key (ikey): an identifier Duo pairs with the secret key (skey), "
                               "which is the credential")
    if _UUID.fullmatch(v) and "docusign" in words and not words & _SECRET_WORDS \
            and words & {"integration", "client", "user", "account", "guid", "impersonated", "id"}:
        return Severity.INFO, ("a DocuSign integration key or user/account GUID: the OAuth client id or an "
                               "identifier (the secret key and the RSA private key are the credentials)")
    if "algolia" in words and "search" in words and not words & (_SECRET_WORDS | {"write"}):
        return Severity.INFO, ("an Algolia search-only key: the key browsers query the index with (admin and write "
                               "keys are the secrets)")
    if "facebook" in words and "client" in words and "token" in words and not words & (_SECRET_WORDS - {"token"}):
        return Severity.INFO, ("a Facebook client token: embedded in the app's binary by design (Meta documents it "
                               "as not secret; the app secret is the credential)")
    if _STRIPE_INTENT_SECRET.fullmatch(v):
        return Severity.INFO, ("a Stripe PaymentIntent/SetupIntent client secret: the server hands it to the "
                               "customer's browser to confirm that one intent; it reads or moves nothing else "
                               "(sk_/rk_ keys are the secrets)")
    if _MAPBOX_PUBLIC.fullmatch(v):
        return Severity.INFO, "a Mapbox public token (pk.): shipped in map pages by design (sk. tokens are secret)"
    if _UUID.fullmatch(v) and words & {"braze", "appboy"} and not words & (_SECRET_WORDS | {"rest", "server"}) \
            and (_CLIENT_CONFIG.search(path) or words & (_CLIENT_WORDS | {"sdk"})):
        return Severity.INFO, ("a Braze SDK API key: the app identifier the Braze SDK ships in every install "
                               "(Braze's REST API keys are the secrets)")
    if _STRIPE_TEST_PREFIX.search(name_text) and (_STRIPE_CLI_TEST_KEY.search(name_text)
                                                  or _STRIPE_CLI_CONFIG.search(path)):
        return Severity.INFO, ("the Stripe CLI's test-mode key (stripe login mints a restricted, expiring test-mode "
                               "key per device): it moves no money and reads only test data (the live_mode key "
                               "blocks)")
    if v.startswith("eyJ") and _jwt_role(v) == "anon":
        return Severity.INFO, ("a Supabase anon key (JWT role \"anon\"): the key the Supabase client ships in every "
                               "browser and mobile app; row-level security guards the data (the service_role key "
                               "is the secret)")
    if "bugsnag" in words and _HEX32.fullmatch(v) and ("apikey" in words or {"api", "key"} <= words
                                                        or "notifier" in words) \
            and not words & (_SECRET_WORDS | {"auth", "personal", "data", "access"}):
        return Severity.INFO, ("a Bugsnag notifier API key: the project key every notifier sends error reports "
                               "with, shipped in browser bundles and mobile apps (personal auth tokens are the "
                               "secrets)")
    if "lti" in words and "consumer" in words and "key" in words and not words & _SECRET_WORDS:
        return Severity.INFO, ("an LTI 1.1 consumer key: sent in clear as oauth_consumer_key in every launch the "
                               "learner's browser posts (the shared secret is the credential)")
    if _SCRAM.fullmatch(v):
        return Severity.LOW, ("a SCRAM-SHA-256 verifier, not a password: it cannot log in (the client proof needs "
                              "the password) and falls only to offline cracking, like other slow hashes: low")
    return None
