"""Which names hold secrets, and which literal values count as live-looking.

A slot is secret by its name (``DB_PASSWORD``, ``ApiKey``, ``MasterUserPassword``,
``stripe_secret``) unless the name says it holds a pointer to a secret
(``SECRET_ARN``, ``PASSWORD_PARAM``, ``TokenTtl``, ``KeyName``).  A literal in a
secret slot is a finding even at low entropy (``Winter2024!``): entropy says
nothing about a password someone typed.  Placeholders, templating, references,
empty and trivial values are not findings (:mod:`credgate.linter.filters`).
"""
from __future__ import annotations

import re
from typing import Optional

from credgate.linter import filters
from credgate.linter.entropy import shannon

_TOKEN = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")

_POS_TOKENS = frozenset(
    """password passwords passwd pwd passphrase secret secrets token tokens credential credentials creds
    apikey apikeys privatekey secretkey accesskey authkey signingkey clientsecret masterkey connectionstring
    connstr salt hmac dsn webhook cred psk psks""".split()
)
# "sas": an Azure shared access signature when it ends the name or a signature word follows it (storageSas,
# SAS_TOKEN, sasQueryString); otherwise it is SAS the analytics software (SAS_LICENSE_SITE: a site number, SAS_HOME),
# whose settings are no secrets unless their own name says so (SAS_WORKSPACE_PASSWORD) (session 19)
_SAS_NEXT = frozenset("token tokens sig signature key keys query querystring qs string credential credentials".split())
_POS_PAIRS = frozenset(
    [("api", "key"), ("private", "key"), ("access", "key"), ("secret", "key"), ("auth", "key"),
     ("signing", "key"), ("encryption", "key"), ("master", "key"), ("connection", "string"),
     ("conn", "str"), ("client", "secret"), ("app", "key"), ("account", "key"), ("license", "key"),
     ("storage", "key"), ("shared", "key"), ("service", "key"), ("admin", "key"), ("app", "secret"),
     ("basic", "auth"), ("http", "auth"), ("pre", "shared"),
     # keys whose qualifier says they sign or prove something: a tax engine's ValidationKey, a gateway's
     # TransactionKey (Authorize.Net), a sync or device key; FairPlay's Application Secret Key ("FairPlayAsk")
     ("validation", "key"), ("transaction", "key"), ("sync", "key"), ("device", "key"), ("device", "secret"),
     ("play", "ask"), ("fps", "ask"),
     # the Erlang distribution cookie (RELEASE_COOKIE of mix releases, ERLANG_COOKIE, NODE_COOKIE): whoever
     # has it joins the cluster and runs code on every node
     ("release", "cookie"), ("erlang", "cookie"), ("erl", "cookie"), ("node", "cookie"), ("dist", "cookie")]
)
# last token that makes the name a pointer/setting, not the secret itself
_NEG_LAST = frozenset(
    """arn arns name names id ids path paths file filename dir url uri endpoint host hostname type length len
    policy ttl expiry expires expiration validity units unit header param parameter params version region enabled
    enable disabled disable required source mode location template bucket prefix suffix count size timeout format
    field attribute rotation store provider ref reference hint question user username login email method
    algorithm alg scope scopes issuer audience duration age lifetime interval limit min max description label tag
    tags flag arg env var key_id kms manager secretsmanager ssm location locations mount vault pattern regex
    character characters chars charset strength complexity history days seconds minutes hours exclude include
    config configuration settings setting option options policy_arn role algo algos hashing cost rounds iterations
    backend engine level bits kind class style variant strategy identity""".split()
)
_NEG_ANY = frozenset(
    """generate generated reset manage managed rotation rotate arn kms policy length require requires required
    complexity minimum maximum ssm secretsmanager expiry validity public use uses enable enabled disable
    disabled allow allowed no skip show hide hidden reuse change stdin publishable""".split()
)
_KEY_NEG_PREV = frozenset(
    """public partition sort hash primary cache object s3 routing dedup deduplication idempotency kms foreign
    lookup range index group message map row search bucket file tag name pair keypair ssh_public
    cmk customer encryption_kms cluster shard redis composite unique sign host api_id pgp gpg site
    instrumentation project""".split()
)
# "RECAPTCHA_SITE_KEY"/"hcaptcha_site_key": the key a web page embeds (public by design); its pair, the
# SECRET key (RECAPTCHA_SECRET_KEY), stays a secret name.  "InstrumentationKey" (Application Insights, shipped
# to browsers) and "ProjectKey" (sonar.projectKey) are identifiers, often UUIDs.
# "PgpKey"/"gpg_key" hold a PGP *public* key (or a keybase:user reference) that encrypts a secret
# (Terraform aws_iam_access_key / aws_iam_user_login_profile pgp_key): never the secret itself.

# Properties that hold a secret only in one resource type, where the name alone ("Value") says nothing.
# Keys: CloudFormation type or Terraform resource type; values: property/argument names.
SECRET_SLOTS_BY_TYPE: dict[str, frozenset[str]] = {
    "AWS::ApiGateway::ApiKey": frozenset({"Value"}),           # the API key value typed into the template
    "aws_api_gateway_api_key": frozenset({"value"}),
    "aws_secretsmanager_secret_version": frozenset({"secret_string"}),  # the secret's value itself
}
# Terraform resources whose value is a secret only for one type (aws_ssm_parameter: type = "SecureString")
SECRET_SLOTS_IF_TYPE: dict[str, tuple[frozenset[str], str]] = {
    "aws_ssm_parameter": (frozenset({"value", "insecure_value"}), "SecureString"),
}
# object-key names: S3 keys of code and artifacts (LambdaCodeKey, ArtifactKey, TemplateKey)
_OBJECT_KEY_PREV = frozenset("code artifact artifacts package zip template layer asset assets source deployment".split())
# "...Token" names that hold request bookkeeping, not credentials (IdempotencyToken, ClientToken, NextToken)
_TOKEN_NEG_PREV = frozenset("idempotency client request next continuation page pagination sync cancel csrf xsrf".split())
_TIMESTAMP = re.compile(r"(?:1[0-9]{9}|1[0-9]{12}|[12][0-9]{3}-?[01][0-9]-?[0-3][0-9](?:[T ][0-2][0-9]:?[0-5][0-9]"
                        r"(?::?[0-5][0-9](?:\.[0-9]{1,9})?)?)?(?:Z|[+-][0-2][0-9]:?[0-5][0-9])?)")
_OBJECT_NAME = re.compile(r"[\w.\-/]*[\w\-]\.(?:zip|jar|war|ear|tar|tgz|gz|bz2|xz|whl|egg|json|ya?ml|template|"
                          r"py|js|mjs|ts|rb|sh|ps1|txt|csv|xml|html?|png|jpe?g|gif|svg|pdf|bin|so|dll)", re.I)
# one-word password names of tools and configs: keytool/Tomcat storepass and keypass, slapd rootpw, adminpw
_PASS_COMPOUNDS = frozenset(
    """storepass keypass trustpass keystorepass truststorepass dbpass rootpass adminpass userpass sqlpass svcpass
    vncpass rootpw adminpw userpw dbpw sqlpw storepw keypw""".split())
_COMPACT_POS = ("password", "passwd", "secret", "apikey", "privatekey", "accesstoken", "authtoken", "secretkey")


def tokens(name: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(name)]


def is_secret_name(name: object) -> bool:
    """True when a key/variable/property of this name should hold a secret."""
    if not isinstance(name, str) or not name or len(name) > 120:
        return False
    got = _SECRET_NAME_MEMO.get(name)
    if got is None:
        if len(_SECRET_NAME_MEMO) >= 8192:
            _SECRET_NAME_MEMO.clear()
        got = _SECRET_NAME_MEMO[name] = _is_secret_name(name)
    return got


_SECRET_NAME_MEMO: dict[str, bool] = {}  # a template history asks about the same few hundred names again and again


def _is_secret_name(name: str) -> bool:
    toks = tokens(name)
    if not toks:
        return False
    compact = "".join(toks)
    last = toks[-1]
    if compact.endswith("accesskeyid"):
        return True  # AWS_ACCESS_KEY_ID: flagged by Security Hub ECS.8 as a credential slot
    if last in _NEG_LAST or any(t in _NEG_ANY for t in toks):
        return False
    if compact.endswith(("keyid", "tokenid", "secretid", "secretname", "passwordparam")):
        return False
    if toks[0] == "existing" and last not in ("password", "passwd", "pwd", "passphrase", "pass"):
        return False  # existingSecret / existing_secret (Helm charts): the name of a Secret object that holds it
    if last in ("token", "tokens") and len(toks) >= 2 and toks[-2] in _TOKEN_NEG_PREV:
        return False
    if last == "key" and len(toks) >= 2 and toks[-2] in _OBJECT_KEY_PREV:
        return False
    if last in ("key", "keys") and len(toks) >= 2 and toks[-2] in ("password", "passwd", "pwd"):
        return False  # adminPasswordKey / userPasswordKey (Helm charts): the key inside a Secret that holds it
    if last == "key" and (("search", "only") in zip(toks, toks[1:]) or ("sdk" in toks and not any(
            t in ("secret", "private", "server", "admin", "master", "rest") for t in toks))):
        return False  # Algolia SearchOnlyKey, Braze BRAZE_SDK_API_KEY: keys made to ship in browsers and apps
    if any(t in _POS_TOKENS for t in toks):
        return True
    if last == "sas" or any(a == "sas" and b in _SAS_NEXT for a, b in zip(toks, toks[1:])):
        return True
    for a, b in zip(toks, toks[1:]):
        if (a, b) in _POS_PAIRS:
            return True
    if last == "key" and len(toks) >= 2:
        prev = toks[-2]
        if prev.isdigit() and len(toks) >= 3:
            prev = toks[-3] + prev  # "S3Key" tokenises as s, 3, key
        if prev == "site" and len(toks) >= 3 and not any("captcha" in t or t == "turnstile" for t in toks):
            return True  # TillpointSiteKey, POS_SITE_KEY: a vendor's site key (a bare siteKey is a CAPTCHA page key)
        if prev not in _KEY_NEG_PREV:
            return True
    if last in ("pass", "pw", "auth") and len(toks) >= 2:
        return True
    if last in _PASS_COMPOUNDS:  # KEYSTORE_STOREPASS, keytool's -keypass, slapd's rootpw, DB_ADMINPW
        return True
    return any(p in compact for p in _COMPACT_POS)


_URL_CREDS = re.compile(r"\b[a-zA-Z][a-zA-Z0-9+.-]{1,20}://([^/\s:@'\"]{1,128}):([^@\s/'\"]{1,256})@[^\s/'\"]")
_DIGITS = re.compile(r"[0-9]+")
_DEFAULT_PASSWORDS = frozenset("postgres mysql root admin guest redis rabbitmq mongo user test dev local".split())
_MASKED = re.compile(r"^\*+$")
# public key material: an OpenSSH public key line ("ssh-ed25519 AAAAC3... user@host"), never a secret
_SSH_PUBLIC_KEY = re.compile(
    r"(?:(?:@cert-authority|@revoked)\s+)?(?:[^\s@]\S*\s+)??"  # a known_hosts line starts with its host list
    r"(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)|sk-(?:ssh-ed25519|ecdsa-sha2-nistp256)@openssh\.com)"
    r"(?:-cert-v01@openssh\.com)?\s+AAAA[A-Za-z0-9+/]{20,}={0,3}(?:\s+\S.*)?", re.S)
# ciphertext envelopes: the value is encrypted, the key to open it is elsewhere (SOPS, Vault transit,
# ansible-vault, AWS KMS ciphertext blobs, Jasypt ENC(...), Spring {cipher})
_CIPHERTEXT = re.compile(
    r"ENC\[(?:AES256_GCM|AES256_CBC|PGP|KMS)?,?data:[^\]]*\]|ENC\[[^\]]{8,}\]|"
    r"vault:v[0-9]+:[A-Za-z0-9+/=]{8,}|"
    r"(?:!vault\s*\|?\s*)?\$ANSIBLE_VAULT;[0-9.]+;AES256[\s\S]*|!vault\s*\|[\s\S]*|"
    r"AQ[IE][CD]AH[A-Za-z0-9+/]{40,}={0,2}|"
    r"ENC\([A-Za-z0-9+/=]{8,}\)|\{cipher\}[A-Za-z0-9+/=]{8,}"
)


def public_or_encrypted(value: str) -> Optional[str]:
    """Why ``value`` is public key material or ciphertext (never a leak), or None."""
    v = value.strip()
    if _SSH_PUBLIC_KEY.fullmatch(v):
        return "an SSH public key (public material, not a secret)"
    lines = [ln.strip() for ln in v.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
    if len(lines) > 1 and all(_SSH_PUBLIC_KEY.fullmatch(ln) for ln in lines):
        return "SSH public keys or known_hosts entries (public material, not a secret)"
    if v.startswith("-----BEGIN") and re.match(r"-----BEGIN (?:PGP PUBLIC KEY BLOCK|PUBLIC KEY|RSA PUBLIC KEY|CERTIFICATE)-----", v):
        return "a public key or certificate (public material, not a secret)"
    if _CIPHERTEXT.fullmatch(v):
        return "ciphertext (SOPS, Vault transit, ansible-vault or KMS): encrypted, not the secret itself"
    if re.fullmatch(r"keybase:[A-Za-z0-9_]{1,64}", v):
        return "a keybase:USER reference to a PGP public key, not a secret"
    return None


def literal_problem(value: object) -> Optional[str]:
    """Why this literal in a secret slot is *not* a finding, or None when it is one."""
    if not isinstance(value, str):
        return "not a string"
    v = value.strip()
    if not v:
        return "empty value"
    if _MASKED.match(v):
        return "masked value"
    reason = public_or_encrypted(v)
    if reason:
        return reason
    if filters.htpasswd_lines(v):
        return "htpasswd entries (user:password hash): a hash, not the password"
    reason = filters.documented_example(v) or filters.placeholder(v)
    if reason:
        return reason
    if _KEY_ID_SHAPE.fullmatch(v):
        from credgate.linter.validators import VALIDATORS  # lazy: only a key-ID-shaped literal needs it (hook path)

        if not VALIDATORS["aws_key_id"](v):
            return "shaped like an AWS key ID but not one (0, 1, 8 and 9 are not in the key ID alphabet)"
        return None  # a key ID, even one of letters only (about 3 in 100 are), is no word
    if _PUBLIC_DSN.fullmatch(v):
        return "a Sentry DSN with only its public key (public by design; a legacy DSN with :SECRET@ is not)"
    if _BARE_DSN.fullmatch(v):
        return "a host:port/service address (an Oracle EZConnect or JDBC DSN without user or password), not a secret"
    g = filters.generic_value(v)
    # an identifier-looking or short value is still a password when a person typed it into a password slot;
    # a UUID in a slot named for a secret (STATUSPAGE_API_KEY, CODECOV_TOKEN) is a token (names that hold
    # identifiers, *_ID / *_ARN / RequestId, are not secret slots: :func:`is_secret_name`)
    if g is not None and g.startswith("a YAML tag") and not _CFN_TAG.fullmatch(v):
        g = None  # the loader resolved real tags: a string here that starts with "!" is a literal ("!GzWv3CUXm")
    if g == filters.PLAIN_WORD and len(v) >= 8 and v.isalpha() and (
            filters.random_letters(v, loose=True) or (len(v) >= 10 and not filters.made_of_words(v)
                                                       and not v.islower() and not v.isupper())):
        g = None  # letters a person would not write as a word, in a slot that holds a secret: a password
    elif g == filters.PLAIN_WORD and 6 <= len(v) <= 12 and v.isalpha() and v.isupper() and filters.unworded_letters(v):
        g = None  # YLSXDS, QRTVLKMX: capitals that spell no word (a generated password); CHANGEME, REDACTED do
    if g and g not in ("too short to be a secret", "an identifier or slug of words", "an identifier", "a UUID"):
        return g
    if g == "an identifier or slug of words" and _NAMES_A_SECRET.fullmatch(v):
        return "a name of a secret (a Secret object, key or credential's name: firmware-signing-key), not its value"
    if g == "an identifier or slug of words" and _ROLE_NAME.fullmatch(v):
        return "lower-case words joined by '_' (opera_rpt, svc_reporting): a role or user name, not its password"
    if g == "a UUID" and _NULL_UUID.fullmatch(v):
        return "a nil or repeated-digit UUID (placeholder)"
    if len(v) < 4:
        return "too short to be a secret"
    if _DIGITS.fullmatch(v) and len(v) < 6:
        return "a short number"
    if _TIMESTAMP.fullmatch(v):
        return "a timestamp"
    if _OBJECT_NAME.fullmatch(v):
        return "a file or S3 object name"
    if v.lower() in ("true", "false", "yes", "no", "on", "off", "enabled", "disabled"):
        return "a flag"
    if _AWS_REGION.fullmatch(v):
        return "an AWS region name"
    return None


# a modern Sentry DSN: https://PUBLICKEY@oNNN.ingest.sentry.io/PROJECT (the public key only, shipped to browsers)
_PUBLIC_DSN = re.compile(r"https?://[0-9a-f]{32}@(?:o[0-9]+\.)?(?:ingest\.)?(?:[a-z]{2}\.)?(?:sentry\.io|[\w.-]*sentry[\w.-]*)"
                         r"(?::[0-9]+)?/(?:api/)?[0-9]+/?")
# a DSN that names only where the database is: "db1.example.edu:1521/ORCLPDB", "//10.2.0.7:1521/SVC",
# "jdbc:oracle:thin:@db.example.edu:1521/SVC", "tcp://mq.example.com:61616" (a *_DSN / *_CONNECTION_STRING slot
# with no user/password@ and no password= inside; those are read as URLs with a password elsewhere)
_BARE_DSN = re.compile(
    r"(?i)(?:jdbc:[a-z0-9]+(?::[a-z]+)?:@?|[a-z][a-z0-9+.\-]{1,20}://|//)?"
    r"(?:(?:[a-z0-9](?:[a-z0-9\-]{0,62})\.)+[a-z][a-z0-9\-]{1,62}|[0-9]{1,3}(?:\.[0-9]{1,3}){3}|localhost)"
    r":[0-9]{2,5}(?:[/:][A-Za-z0-9_.\-]{1,64}){0,2}/?")
# lower-case words of two letters or more joined by "_", no digit (datastore_ro, opera_rpt, svc_reporting): the
# code-identifier convention, a role or user name written in a password slot (depth.toml's YAML password rule
# drops the same shape); "etl_loader7", "Opera_rpt!" stay passwords
_ROLE_NAME = re.compile(r"[a-z]{2,}(?:_[a-z]{2,}){1,3}")
# lower-case words joined by "-", "_" or "." whose last word says what it names (firmware-signing-key,
# lims-db-credentials, prod.api.token, smtp-password): the name of a Secret object, a key in a store or a
# credential; a password a person chose is not spelled as a name of itself
_NAMES_A_SECRET = re.compile(r"[a-z][a-z0-9]*(?:[\-_.][a-z0-9]+){0,5}[\-_.](?:key|keys|secret|secrets|token|tokens|"
                             r"password|passwd|pwd|pass|credentials?|creds?|keystore|keypair|cert|certificate|tls)")
_NULL_UUID = re.compile(r"(?i)([0-9a-f])\1{7}-\1{4}-\1{4}-\1{4}-\1{12}|0{8}-0{4}-[0-9a-f-]*0{6,}[0-9a-f]?")
_CFN_TAG = re.compile(r"!(?:Ref|GetAtt|Sub|Join|Select|Split|If|Equals|And|Or|Not|FindInMap|ImportValue|Base64|Cidr|"
                      r"GetAZs|Condition|Transform|ToJsonString|Length|Rain::\w+)")
_KEY_ID_SHAPE = re.compile(r"(?:AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}")
_AWS_REGION = re.compile(r"(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[bef]?)?-"
                         r"(?:north|south|east|west|central|northeast|northwest|southeast|southwest)-[0-9]")
_WEAK_OK = ("a test or default value", "a plain word or identifier", "an identifier", "a word, not a secret")
_NOT_A_VALUE = frozenset("string str none null nil true false required optional undefined empty hidden default "
                         "redacted masked unset bool boolean int integer number secret".split())
_PASSWORD_SLOT = re.compile(r"(?i)passw(?:or)?d|passphrase")


# "ChangeMe123", "changeme1", "Change_Me_2024!": the default a template's author meant to change, with digits
# added to pass the service's password rules.  In a password slot of a deployed template it is the password the
# stack was created with (a bare "changeme" is still read as a placeholder)
_CHANGEME_DIGITS = re.compile(r"(?i)change[_\-. ]?me[\W_]{0,2}[0-9]{1,6}[\W_]{0,2}")


def changeme_default(value: object) -> bool:
    """A changeme-family default with digits (see ``_CHANGEME_DIGITS``)."""
    return isinstance(value, str) and _CHANGEME_DIGITS.fullmatch(value.strip()) is not None


# a slot named for a PIN or passcode (PrinterAdminPin, door_pin, ADMIN_PASSCODE, voicemail-pin): its value is 4 to 8
# digits, a secret however short.  Not a postal ``pincode``/``pin_code``, and not a GPIO/LED/board pin (``17``:
# fewer than 4 digits anyway) nor certificate pinning (``ssl_pin``: a hash, not digits)
_PIN_LAST = frozenset(("pin", "passcode", "pinnumber"))
_PIN_NOT = frozenset("gpio led gpios pins board sensor relay reset data clock ssl tls cert certificate public key "
                     "spki hpkp enable chip select cs sda scl tx rx".split())
_PIN_VALUE = re.compile(r"[0-9]{4,8}")


def pin_name(name: object) -> bool:
    """A slot named for a PIN or passcode (see ``_PIN_LAST``)."""
    if not isinstance(name, str) or not name or len(name) > 120:
        return False
    toks = tokens(name)
    if not toks:
        return False
    last = toks[-1]
    if len(toks) >= 2 and (toks[-2], last) in (("pin", "number"), ("pin", "no"), ("pass", "code")):
        last = toks[-2] + last
    if last not in _PIN_LAST and not "".join(toks).endswith("passcode"):
        return False
    return not any(t in _PIN_NOT for t in toks)


def pin_value(value: object) -> bool:
    """A PIN: 4 to 8 digits (a YAML/JSON integer default counts: ``Default: 8395``)."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return False
    return _PIN_VALUE.fullmatch(str(value).strip()) is not None


def password_slot_problem(value: object, slot: str, known_slot: bool = False) -> Optional[str]:
    """:func:`literal_problem` for a property named as a password (``MasterUserPassword``,
    ``AdminPassword``): there any literal is a leak, so a weak one (``password123``, ``myPassword``,
    ``admin``) is reported too, and so is a changeme default with digits (``ChangeMe123``: the stack has that
    password; reported at medium, :func:`changeme_default`); placeholders, templates and masked values still are
    not.  ``known_slot``: the property is a known secret slot (``AuthToken``, ``SecretString``) whatever its name."""
    if changeme_default(value) and (known_slot or _PASSWORD_SLOT.search(slot or "")):
        return None
    if pin_value(value) and pin_name(slot):
        return None  # a PIN slot's 4 to 8 digits are the PIN itself
    why = literal_problem(value)
    if why in _WEAK_OK and (known_slot or _PASSWORD_SLOT.search(slot or "")) and isinstance(value, str) and \
            len(value.strip()) >= 4 and value.strip().lower() not in _NOT_A_VALUE:
        return None
    return why


def url_password(value: object) -> Optional[tuple[str, int]]:
    """The password of a ``scheme://user:password@host`` string, with its offset, if it is a literal."""
    if not isinstance(value, str) or "://" not in value:
        return None
    m = _URL_CREDS.search(value)
    if not m:
        return None
    user, pw = m.group(1), m.group(2)
    if "${" in pw or pw.startswith("$") or literal_problem(pw) is not None:
        return None
    if pw == user or pw.lower() in _DEFAULT_PASSWORDS:
        return None  # a local development default (postgres:postgres@db), not a leaked secret
    return pw, m.start(2)


def why_literal(value: str) -> str:
    return f"a literal value ({len(value)} chars, entropy {shannon(value):.1f} bits/char), not a reference"
