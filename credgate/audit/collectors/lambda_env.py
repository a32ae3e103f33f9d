"""Lambda environment variables of every function version (not only $LATEST).

Values encrypted client-side with KMS (the console's "encryption helpers": the
variable holds a base64 KMS ciphertext with the encryption context
``LambdaFunctionName``) are decrypted with ``kms:Decrypt`` when the audit role
may, and scanned as plaintext; when it may not, the variable is reported as a
skip (``encrypted``) rather than silently passed.
"""
from __future__ import annotations

import base64
import binascii
import re
from typing import Any, Iterator, Optional

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "lambda"
SERVICE = "lambda"
RESOURCE_TYPE = "AWS::Lambda::Function"
_B64 = re.compile(r"^[A-Za-z0-9+/]{60,}={0,2}$")


def looks_encrypted(value: Any) -> Optional[bytes]:
    """The ciphertext blob when ``value`` looks like base64 KMS ciphertext (binary, not text), else None."""
    if not isinstance(value, str) or len(value) > 8192 or not _B64.match(value):
        return None
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < 40:
        return None
    try:
        raw.decode("utf-8")
        return None  # base64 of text (a config blob): scanned as is, and decoded by the rules
    except UnicodeDecodeError:
        return raw


def decrypt_env(ctx: Context, name: str, arn: str, variables: dict[str, Any]) -> Iterator[Any]:
    """Yield (key, plaintext) for KMS-encrypted values, or a Skip when the role may not decrypt."""
    for key, value in sorted(variables.items()):
        blob = looks_encrypted(value)
        if blob is None:
            continue
        try:
            plain = ctx.client("kms").decrypt(CiphertextBlob=blob,
                                              EncryptionContext={"LambdaFunctionName": name})["Plaintext"]
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            code = str(((getattr(exc, "response", None) or {}).get("Error") or {}).get("Code") or "")
            if code in ("InvalidCiphertextException", "IncorrectKeyException"):
                continue  # not a Lambda-helper ciphertext: the value itself was scanned
            yield Skip(f"{arn}#Environment.Variables.{key}", "encrypted" if reason == "access-denied" else reason,
                       f"value is KMS-encrypted and could not be decrypted (needs kms:Decrypt on its key): {detail}")
            continue
        yield key, plain.decode("utf-8", "replace")


def collect(ctx: Context) -> Iterator[Produced]:
    lam = ctx.client("lambda")
    # FunctionVersion=ALL lists $LATEST and every published version, each with its own Environment:
    # published versions keep the values they were published with.
    for fn in paginate(lam, "list_functions", "Functions", FunctionVersion="ALL"):
        arn = fn.get("FunctionArn") or ctx.arn("lambda", f"function:{fn.get('FunctionName')}")
        version = fn.get("Version") or "$LATEST"
        if version == "$LATEST":
            arn = arn[: -len(":$LATEST")] if arn.endswith(":$LATEST") else arn  # the function itself
        elif not arn.endswith(f":{version}"):
            arn = f"{arn}:{version}"
        env = fn.get("Environment") or {}
        if env.get("Error"):
            err = env["Error"]
            yield Skip(arn, "encrypted", f"{err.get('ErrorCode', 'Error')}: environment could not be decrypted "
                                         "(needs kms:Decrypt on the function's key)")
            continue
        variables = env.get("Variables") or {}
        decrypted, handled = [], set()
        for got in decrypt_env(ctx, str(fn.get("FunctionName") or arn.rsplit(":", 1)[-1]), arn, variables):
            if isinstance(got, Skip):
                handled.add(got.path.split("#Environment.Variables.", 1)[1])
                yield got
            else:
                decrypted.append(got)
                handled.add(got[0])
        # a KMS ciphertext is not the secret: the plaintext (or the skip) stands for it
        item = ctx.env_item(arn, RESOURCE_TYPE, "lambda", "Environment.Variables",
                            sorted((k, v) for k, v in variables.items() if k not in handled))
        if item is not None:
            yield item
        if decrypted:
            item = ctx.env_item(arn, RESOURCE_TYPE, "lambda", "Environment.Variables", decrypted,
                                path=f"{arn}#kms-decrypted", decoded_from="kms")
            if item is not None:
                yield item
