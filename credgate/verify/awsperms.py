"""What a live AWS key may do: a read-only IAM summary (``--verify-permissions``).

Asked as the key itself, only after STS said it is live, with read-only IAM
calls: the policies attached to the user (or role) and inline in it, its
groups and their policies, and whether any of them grants everything
(``AdministratorAccess`` attached, or an ``Allow`` statement with ``Action``
``*`` on ``Resource`` ``*``).  A call the key may not make is listed as
unreadable; the answer is then "admin unknown", never a guess.
"""
from __future__ import annotations

import json
import urllib.parse
from typing import Any, Optional

ADMIN_POLICY = "AdministratorAccess"
MAX_POLICIES = 25


def principal_of(arn: str) -> tuple[str, str]:
    """(kind, name) from a caller ARN: ("user", "ci"), ("role", "Deploy"), ("root", ""), ("other", "")."""
    parts = arn.split(":", 5)
    res = parts[5] if len(parts) == 6 else ""
    if res == "root":
        return "root", ""
    kind, _, rest = res.partition("/")
    if kind == "user" and rest:
        return "user", rest.rsplit("/", 1)[-1]
    if kind == "assumed-role" and rest:
        return "role", rest.split("/", 1)[0]
    return "other", ""


def _doc(raw: Any) -> Any:
    if isinstance(raw, str):
        try:
            return json.loads(urllib.parse.unquote(raw))
        except ValueError:
            return None
    return raw


def grants_everything(doc: Any) -> bool:
    """An Allow statement with Action "*" (or "*:*") on Resource "*", without conditions."""
    doc = _doc(doc)
    if not isinstance(doc, dict):
        return False
    sts = doc.get("Statement")
    for st in sts if isinstance(sts, list) else [sts]:
        if not isinstance(st, dict) or st.get("Effect") != "Allow" or st.get("Condition"):
            continue
        acts = st.get("Action")
        res = st.get("Resource")
        acts = [acts] if isinstance(acts, str) else acts or []
        res = [res] if isinstance(res, str) else res or []
        if any(a in ("*", "*:*") for a in acts) and "*" in res:
            return True
    return False


def _code(exc: BaseException) -> str:
    resp = getattr(exc, "response", None) or {}
    return str((resp.get("Error") or {}).get("Code") or type(exc).__name__)


class _Summary:
    def __init__(self, iam: Any) -> None:
        self.iam = iam
        self.attached: list[str] = []
        self.inline: list[str] = []
        self.groups: list[str] = []
        self.unreadable: list[str] = []
        self.admin_because: list[str] = []

    def call(self, what: str, fn: Any, **kw: Any) -> Optional[dict[str, Any]]:
        try:
            return fn(**kw)  # type: ignore[no-any-return]
        except Exception as exc:  # noqa: BLE001 - every refusal is part of the answer
            self.unreadable.append(f"iam:{what} ({_code(exc)})")
            return None

    def attached_policies(self, what: str, fn: Any, owner: str, **kw: Any) -> None:
        resp = self.call(what, fn, **kw)
        for p in (resp or {}).get("AttachedPolicies") or []:
            name, arn = p.get("PolicyName", ""), p.get("PolicyArn", "")
            self.attached.append(f"{name}{owner}")
            if arn.endswith(":iam::aws:policy/" + ADMIN_POLICY):  # the AWS managed one, not a look-alike
                self.admin_because.append(f"{ADMIN_POLICY} attached{owner}")
            elif ":aws:policy/" not in arn and len(self.attached) <= MAX_POLICIES:
                pol = self.call("GetPolicy", self.iam.get_policy, PolicyArn=arn)
                ver = ((pol or {}).get("Policy") or {}).get("DefaultVersionId")
                if ver:
                    v = self.call("GetPolicyVersion", self.iam.get_policy_version, PolicyArn=arn, VersionId=ver)
                    if grants_everything(((v or {}).get("PolicyVersion") or {}).get("Document")):
                        self.admin_because.append(f"policy {name}{owner} allows * on *")

    def inline_policies(self, what: str, fn: Any, get_what: str, get: Any, owner: str, **kw: Any) -> None:
        resp = self.call(what, fn, **kw)
        for name in ((resp or {}).get("PolicyNames") or [])[:MAX_POLICIES]:
            self.inline.append(f"{name}{owner}")
            doc = self.call(get_what, get, PolicyName=name, **kw)
            if grants_everything((doc or {}).get("PolicyDocument")):
                self.admin_because.append(f"inline policy {name}{owner} allows * on *")


def summarise(session: Any, client_kwargs: dict[str, Any], arn: str) -> dict[str, Any]:
    """The permission summary of the caller ``arn`` (a dict of names and flags; no secrets)."""
    kind, name = principal_of(arn)
    out: dict[str, Any] = {"identity": arn, "type": kind}
    if kind == "root":
        out.update(admin=True, admin_because=["the account's root user: unrestricted"])
        return out
    if kind == "other":
        out.update(admin=None, unreadable=["principal type not summarised"])
        return out
    iam = session.client("iam", **client_kwargs)
    s = _Summary(iam)
    if kind == "user":
        s.attached_policies("ListAttachedUserPolicies", iam.list_attached_user_policies, "", UserName=name)
        s.inline_policies("ListUserPolicies", iam.list_user_policies, "GetUserPolicy", iam.get_user_policy, "",
                          UserName=name)
        groups = s.call("ListGroupsForUser", iam.list_groups_for_user, UserName=name)
        for g in ((groups or {}).get("Groups") or [])[:MAX_POLICIES]:
            gname = g.get("GroupName", "")
            s.groups.append(gname)
            s.attached_policies("ListAttachedGroupPolicies", iam.list_attached_group_policies,
                                f" (group {gname})", GroupName=gname)
            s.inline_policies("ListGroupPolicies", iam.list_group_policies, "GetGroupPolicy", iam.get_group_policy,
                              f" (group {gname})", GroupName=gname)
    else:
        s.attached_policies("ListAttachedRolePolicies", iam.list_attached_role_policies, "", RoleName=name)
        s.inline_policies("ListRolePolicies", iam.list_role_policies, "GetRolePolicy", iam.get_role_policy, "",
                          RoleName=name)
    admin: Optional[bool] = True if s.admin_because else (None if s.unreadable else False)
    out.update(admin=admin, admin_because=s.admin_because, attached_policies=s.attached, inline_policies=s.inline,
               groups=s.groups, unreadable=s.unreadable)
    return out


def describe(summary: dict[str, Any]) -> str:
    """One line for verified_detail."""
    admin = summary.get("admin")
    if admin:
        head = "ADMIN: " + "; ".join(summary.get("admin_because") or [])
    elif admin is None:
        head = "admin unknown (the key may not read its own IAM policies)"
    else:
        head = "not admin"
    parts = [head]
    for key, label in (("attached_policies", "attached"), ("inline_policies", "inline"), ("groups", "groups")):
        vals = summary.get(key) or []
        if vals:
            parts.append(f"{label}: {', '.join(vals)}")
    if summary.get("unreadable"):
        parts.append("could not read: " + ", ".join(summary["unreadable"]))
    return "permissions: " + "; ".join(parts)
