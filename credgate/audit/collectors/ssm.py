"""SSM: String/StringList parameters (never SecureString values) and documents owned by the account."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "ssm"
SERVICE = "ssm"
PARAM_TYPE = "AWS::SSM::Parameter"
DOC_TYPE = "AWS::SSM::Document"
PLAIN = ("String", "StringList")


def collect(ctx: Context) -> Iterator[Produced]:
    ssm = ctx.client("ssm")
    names: list[str] = []
    for meta in paginate(ssm, "describe_parameters", "Parameters"):
        if meta.get("Type") in PLAIN:
            names.append(meta["Name"])
        if int(meta.get("Version") or 1) > 1:
            # older versions stay readable: a value once stored as String and later made a SecureString
            # (or overwritten) is still in the history in clear
            yield from _history(ctx, meta)
    for i in range(0, len(names), 10):
        resp = ssm.get_parameters(Names=names[i : i + 10], WithDecryption=False)
        for p in resp.get("Parameters") or []:
            # Checked again: a SecureString read without decryption is ciphertext (moto: fake ciphertext
            # that embeds the plaintext); scanning it would only produce noise.
            if p.get("Type") not in PLAIN:
                continue
            name = p["Name"]
            arn = p.get("ARN") or ctx.arn("ssm", f"parameter{name if name.startswith('/') else '/' + name}")
            data = f"{name}={p.get('Value', '')}\n".encode("utf-8", "surrogatepass")
            yield ctx.item(arn, PARAM_TYPE, "ssm-parameter", "Value", data)
    for doc in paginate(ssm, "list_documents", "DocumentIdentifiers",
                        Filters=[{"Key": "Owner", "Values": ["Self"]}]):
        name = doc["Name"]
        arn = ctx.arn("ssm", f"document/{name}")
        try:
            d = ssm.get_document(Name=name)
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(arn, reason, detail)
            continue
        content = d.get("Content") or ""
        if content:
            yield ctx.item(arn, DOC_TYPE, "ssm-document", "Content", content.encode("utf-8", "surrogatepass"))


def _history(ctx: Context, meta: dict) -> Iterator[Produced]:
    ssm = ctx.client("ssm")
    name = meta["Name"]
    arn = meta.get("ARN") or ctx.arn("ssm", f"parameter{name if name.startswith('/') else '/' + name}")
    latest = int(meta.get("Version") or 0)
    try:
        versions = list(paginate(ssm, "get_parameter_history", "Parameters", Name=name, WithDecryption=False))
    except Exception as exc:  # noqa: BLE001
        reason, detail = classify(exc)
        yield Skip(f"{arn}#History", reason, detail)
        return
    for v in versions:
        if int(v.get("Version") or 0) == latest or v.get("Type") not in PLAIN:
            continue  # the current value is read above; SecureString history is never read in clear
        field = f"History.v{v.get('Version')}.Value"
        data = f"{name}={v.get('Value', '')}\n".encode("utf-8", "surrogatepass")
        yield ctx.item(arn, PARAM_TYPE, "ssm-parameter", field, data, path=f"{arn}#{field}")
