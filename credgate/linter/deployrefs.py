"""Values in deploy files that name a secret, or are public by design, though a secret-named key holds them.

Pure functions of the bytes around a match (no IO), called by :class:`credgate.linter.engine.Engine` for
pattern findings:

* :func:`secret_store_name`: a secret's *name* in a secret-store plugin's mapping (Buildkite
  ``seek-oss/aws-sm`` / ``aws-ssm`` / ``vault-secrets`` plugins, ``secrets-manager:`` blocks):
  ``RELEASE_STORE_PASSWORD: companion/android-store-password`` is where the plugin reads the password from;
* :func:`store_key`: a key that names the store the value is looked up in (AWS Copilot
  ``secretsmanager: 'app/stripe:key::'``, ``ssm: /app/db_password``): the value is a name, not the secret;
* :func:`public_provider_id`: ids that browsers and apps send with every request (a Mixpanel project token,
  a Segment write key), public by the provider's design; the provider's secret beside them stays reported;
* :func:`public_name_value`: the ``Name``/``Value`` list form of IaC environment variables (Amplify,
  CodeBuild, ECS): a value whose ``Name`` is a front-end public variable (``NEXT_PUBLIC_FIREBASE_API_KEY``)
  is judged as :func:`credgate.linter.filters.public_env_name` judges ``NEXT_PUBLIC_X=value``.

Only the standard library's ``re`` is used: this module is on the hook's path.
"""
from __future__ import annotations

import re
from typing import Optional

from credgate.lazyre import LazyPattern
from credgate.linter import filters

# a secret's name or path in a store: lower-case segments joined by "/", optionally ":json-key::version"
_STORE_NAME = LazyPattern(globals(), "_STORE_NAME", r"[a-z0-9][a-z0-9_.+=@\-]*(?:/[a-z0-9_.+=@\-]+)+(?::[A-Za-z0-9_\-]*){0,3}")
# a YAML key that names a secret-store plugin or block: seek-oss/aws-sm#v2.3.2, aws-ssm, secrets-manager,
# vault-secrets, parameter-store, external-secrets (the version tag after "#" and the org before "/" allowed)
_STORE_PLUGIN = LazyPattern(globals(), "_STORE_PLUGIN",
    r"(?i)(?:^|[/\s\"'\-_])(?:aws[-_]?sm|aws[-_]?ssm|ssm|secrets?[-_]?manager|parameter[-_]?store|vault(?:[-_]secrets?)?"
    r"|external[-_]secrets?|secret[-_]?store|sm)(?:[#@][\w.\-]+)?[\"']?$")
_YAML_KEY = LazyPattern(globals(), "_YAML_KEY", r"^([ \t]*)(?:-[ \t]+)?[\"']?([^\s:\"'#][^:\"']*?)[\"']?[ \t]*:(?:[ \t]|$)")
_ANCESTORS = 6
_LOOK_BACK = 4096


def _ancestor_keys(data: bytes, pos: int) -> list[str]:
    """The keys of the YAML mappings enclosing the line at ``pos``, innermost first (read by indentation, up to
    :data:`_ANCESTORS` of them within :data:`_LOOK_BACK` bytes)."""
    ls = data.rfind(b"\n", 0, pos) + 1
    line = data[ls:pos].decode("utf-8", "replace")
    indent = len(line) - len(line.lstrip(" \t-"))
    out: list[str] = []
    lo = max(0, pos - _LOOK_BACK)
    end = ls - 1
    while end > lo and len(out) < _ANCESTORS and indent > 0:
        start = data.rfind(b"\n", lo, end) + 1
        text = data[start:end].decode("utf-8", "replace")
        end = start - 1
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        m = _YAML_KEY.match(text)
        here = len(text) - len(text.lstrip(" \t"))
        if m and here < indent:
            out.append(m.group(2).strip())
            indent = here
    return out


def secret_store_name(data: bytes, secret_start: int, secret: str) -> Optional[str]:
    """For password rules: a lower-case secret path (``team/app-password``) in a mapping under a secret-store
    plugin's key (``seek-oss/aws-sm#v2.3.2: env:``) is the name the plugin looks the password up by."""
    v = secret.strip().strip("'\"")
    if "/" not in v or not _STORE_NAME.fullmatch(v):
        return None
    for key in _ancestor_keys(data, secret_start):
        if _STORE_PLUGIN.search(key):
            return f"the name of a secret in a secret store ({key}), not the secret"
    return None


# the last key before the value: "secretsmanager: '", "ssm = \"", "parameter_store:"
_STORE_KEY = LazyPattern(globals(), "_STORE_KEY",
    r"(?i)(?:^|[^A-Za-z0-9])(?:aws[_\-]?)?(?:secrets?[_\-]?manager|ssm|parameter[_\-]?store|param[_\-]?store|"
    r"secret[_\-]?store)[\"'\]]{0,2}[ \t]*(?:=|:=|=>|:)[ \t]*[\"'`]?$")


def store_key(key_text: str) -> Optional[str]:
    """For generic rules: the key names the store the value is looked up in (``secretsmanager:``, ``ssm:``,
    ``parameter_store:``): AWS Copilot ``secrets:`` entries and similar manifests hold the secret's name there."""
    if _STORE_KEY.search(key_text):
        return "the name of a secret in a secret store (the key names the store), not the secret"
    return None


# ids that the provider's browser and mobile SDKs send with every event (public by design): the Mixpanel project
# token, the Segment (analytics.js) write key.  Their secrets (MIXPANEL_API_SECRET, a service account) stay.
_PUBLIC_PROVIDER_ID = LazyPattern(globals(), "_PUBLIC_PROVIDER_ID",
    r"(?i)(?:^|[^A-Za-z0-9])(?:mixpanel[_.\-]?(?:project[_.\-]?)?token|segment(?:[_.\-]?io)?[_.\-]?write[_.\-]?key)"
    r"[\"'\]]{0,2}[ \t]*(?:=|:=|=>|:)[ \t]*[\"'`]?$")


def public_provider_id(key_text: str) -> Optional[str]:
    """For provider rules read by name (tag ``by-name``): the name says the value is a public client id."""
    m = _PUBLIC_PROVIDER_ID.search(key_text)
    if m:
        return ("a public client id (Mixpanel project token / Segment write key): browsers and apps send it with "
                "every event, by the provider's design")
    return None


_NAME_BEFORE = LazyPattern(globals(), "_NAME_BEFORE",
    r"""(?:^|[\s{,\-])["']?(?:Name|name|Key|key|OptionName|variable)["']?[ \t]*[:=][ \t]*["']?([A-Za-z_][A-Za-z0-9_]*)["']?[ \t]*,?[ \t]*\r?$""")
_VALUE_KEY = LazyPattern(globals(), "_VALUE_KEY", r"""(?:^|[\s{,\-])["']?(?:Value|value)["']?[ \t]*[:=][ \t]*["']?$""")


def public_name_value(data: bytes, secret_start: int) -> Optional[str]:
    """For keys read in their app config (tag ``public-in-app-config``): ``- Name: NEXT_PUBLIC_FIREBASE_API_KEY``
    then ``Value: AIza...`` (or ``{"name": ..., "value": ...}`` on one line) is a front-end public variable."""
    ls = data.rfind(b"\n", 0, secret_start) + 1
    head = data[ls:secret_start].decode("utf-8", "replace")
    if not _VALUE_KEY.search(head):
        return None
    inline = re.search(r"""["']?(?:Name|name|Key|key)["']?[ \t]*[:=][ \t]*["']?([A-Za-z_][A-Za-z0-9_]*)["']?[ \t]*,""",
                       head)
    names = [inline.group(1)] if inline else []
    if not names:
        prev_end = ls - 1
        for _ in range(2):  # the Name is on one of the two lines above (a Type: line may sit between)
            if prev_end <= 0:
                break
            ps = data.rfind(b"\n", 0, prev_end) + 1
            m = _NAME_BEFORE.search(data[ps:prev_end].decode("utf-8", "replace"))
            if m:
                names.append(m.group(1))
                break
            prev_end = ps - 1
    for name in names:
        reason = filters.public_env_name(f"{name}=")
        if reason:
            return reason
    return None


# "redis_password: Optional[str] = \"", "val smtpPassword: String = \"": the name, its type, "=" and the quote
_TYPED = LazyPattern(globals(), "_TYPED", r"^(.*?[A-Za-z0-9_])\??[ \t]*(?::[^=\n]{1,60}?|[ \t]+string)[ \t]*=[ \t]*(.*)$", re.S)


def untyped_key(key_text: str) -> str:
    """The text before a typed declaration's value with the type left out (``token_type: str = "`` reads as
    ``token_type = "``), so that the generic rules' key checks read the name, not the type."""
    m = _TYPED.match(key_text)
    return f"{m.group(1)} = {m.group(2)}" if m else key_text
