"""CloudFormation / SAM templates: the slots that hold secrets, judged by structure.

Pure: takes a decoded template (credgate's loader or cfn-lint's decoder, both
give dicts with ``Ref``/``Fn::*`` keys) and returns :class:`Hit` s with document
paths.  Shared by :func:`credgate.iac.analyze` and the cfn-lint custom rules.

Slots: Parameters Default (NoEcho or secret-named), every property whose name is
secret-like or a known password property (MasterUserPassword, AuthToken,
SecretString, ...), Lambda/SAM Environment.Variables and SAM Globals,
name/value lists (ECS ContainerDefinitions Environment, Batch, Beanstalk
OptionSettings), CodeBuild EnvironmentVariables of type PLAINTEXT, UserData
(through Fn::Base64, Fn::Sub, Fn::Join), Mappings and Outputs.

References are followed: ``!Ref P`` / ``${P}`` in a secret slot, where P has a
literal Default, is a finding at that Default.  Never a finding: dynamic
references, ``!Ref`` to a parameter without a literal default, ``!GetAtt``,
``!ImportValue``, ``AWS::NoValue`` and other pseudo-parameters.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any, Iterator, Optional

from credgate.iac import rules as R
from credgate.iac.commands import shell_secrets
from credgate.iac.names import SECRET_SLOTS_BY_TYPE, is_secret_name, literal_problem, password_slot_problem, pin_name, pin_value, url_password, why_literal
from credgate.iac.rules import Hit, render_path
from credgate.records import replace

PASSWORD_PROPS = frozenset(
    """MasterUserPassword MasterPassword Password AuthToken SecretString AdminPassword DbPassword AccountPassword
    KdcAdminPassword ADDomainJoinPassword CrossRealmTrustPrincipalPassword SecretAccessKey SecretKey ClientSecret
    ApiKey AccessToken OAuthToken OauthToken PersonalAccessToken SharedSecret PreSharedKey AuthPassword
    SecretToken PrivateKey PrivateKeyPassphrase Passphrase EncryptionPassword ConnectionString
    BasicAuthCredentials""".split()
)
SKIP_KEYS = frozenset({"Tags", "GenerateSecretString", "SecretStringTemplate", "Metadata", "DependsOn", "Condition",
                       "TokenValidityUnits"})
NOT_SECRET_TYPES = ("AWS::SSM::Parameter::Value<", "AWS::SSM::Parameter::Name", "List<", "AWS::EC2::")
_SUB_REF = re.compile(r"\$\{(?!!)([^}]+)\}")
_ENV_CONTAINERS = ("AWS::ECS::TaskDefinition", "AWS::Batch::JobDefinition")
_NAME_KEYS = ("Name", "name", "OptionName", "ParameterKey", "ParameterName")
_VALUE_KEYS = ("Value", "value", "ParameterValue")

# shell-ish assignments and flags inside user data scripts
_ASSIGN = re.compile(
    r"""(?:^|[\s;&|('"])(?:export\s+|set\s+|setx\s+|local\s+|readonly\s+|declare\s+(?:-\w+\s+)?|\$env:)?"""
    r"""([A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*(?:"([^"\n]*)"|'([^'\n]*)'|([^\s'"#;&|]+))"""
)
_COLON = re.compile(r"""^\s*["']?([A-Za-z_][A-Za-z0-9_.-]*)["']?\s*:\s+(?:"([^"\n]*)"|'([^'\n]*)'|([^\s'",#]+)),?\s*$""", re.M)
_FLAG = re.compile(r"""(?:^|\s)--?([A-Za-z][A-Za-z0-9-]*)(?:=|[ \t]+)(?:"([^"\n]*)"|'([^'\n]*)'|([^\s'"\\;&|-][^\s'";&|]*))""")
_MYSQL_P = re.compile(r"""(?:mysql|mysqldump|mysqladmin)\b[^\n]*?\s-p(?:"([^"\n]+)"|'([^'\n]+)'|([^\s'"]+))""")
_CONFIGURE_SET = re.compile(r"""aws\s+configure\s+set\s+([A-Za-z_.]+)\s+(?:"([^"\n]*)"|'([^'\n]*)'|(\S+))""")
_TRAILING_ASSIGN = re.compile(r"""([A-Za-z_][A-Za-z0-9_]*)\s*[=:]\s*["']?$""")


def _one(m: "re.Match[str]", first: int) -> str:
    for g in range(first, first + 3):
        if m.group(g) is not None:
            return m.group(g)
    return ""


def script_assignments(text: str) -> Iterator[tuple[str, str, str]]:
    """(name, value, matched text) for secret-shaped assignments in a script."""
    for m in _ASSIGN.finditer(text):
        yield m.group(1), _one(m, 2), m.group(0).strip()
    for m in _COLON.finditer(text):
        yield m.group(1), _one(m, 2), m.group(0).strip()
    for m in _FLAG.finditer(text):
        yield m.group(1), _one(m, 2), m.group(0).strip()
    for m in _MYSQL_P.finditer(text):
        yield "mysql-password", _one(m, 1), m.group(0).strip()
    for m in _CONFIGURE_SET.finditer(text):
        yield m.group(1), _one(m, 2), m.group(0).strip()


_USER_KEYS = frozenset(("username", "user", "user_name", "login", "masterusername"))

class _Ctx:
    __slots__ = ("rule", "slot", "remediation", "where")

    def __init__(self, rule: str, slot: str, remediation: str, where: str) -> None:
        self.rule, self.slot, self.remediation, self.where = rule, slot, remediation, where


class CfnAnalyzer:
    def __init__(self, template: dict) -> None:
        self.t = template
        p = template.get("Parameters")
        self.params: dict = p if isinstance(p, dict) else {}
        m = template.get("Mappings")
        self.mappings: dict = m if isinstance(m, dict) else {}
        self.hits: list[Hit] = []
        self._seen: set[tuple] = set()

    # ---------------------------------------------------------------- entry
    def run(self) -> list[Hit]:
        self.parameters()
        res = self.t.get("Resources")
        if isinstance(res, dict):
            for name, r in res.items():
                if not isinstance(r, dict):
                    continue
                rtype = r.get("Type") if isinstance(r.get("Type"), str) else ""
                props = r.get("Properties")
                if isinstance(props, (dict, list)):
                    self.walk(props, ("Resources", name, "Properties"), rtype)
                if rtype == "AWS::SSM::Parameter" and isinstance(props, dict):
                    pname = props.get("Name")
                    if isinstance(pname, str) and is_secret_name(pname.replace("/", "_")) and "Value" in props:
                        self.judge(props["Value"], ("Resources", name, "Properties", "Value"),
                                   _Ctx("iac-cfn-literal-secret", f"plain String SSM parameter {pname}", R.REM_DYNREF, ""))
        glob = self.t.get("Globals")
        if isinstance(glob, dict):
            self.walk(glob, ("Globals",), "Globals")
        self.walk_mappings()
        self.outputs()
        return self.hits

    def add(self, hit: Hit) -> None:
        key = (hit.rule, hit.path, hit.secret)
        if key in self._seen:
            if hit.vias:  # one more slot references the same value: keep every reference chain
                i = next(i for i, h in enumerate(self.hits) if (h.rule, h.path, h.secret) == key)
                old = self.hits[i]
                self.hits[i] = replace(old, vias=old.vias + tuple(v for v in hit.vias if v not in old.vias))
            return
        self._seen.add(key)
        self.hits.append(hit)

    # ----------------------------------------------------------- parameters
    def _param_secret_default(self, name: str) -> Optional[str]:
        p = self.params.get(name)
        if not isinstance(p, dict) or "Default" not in p:
            return None
        ptype = p.get("Type")
        if isinstance(ptype, str) and ptype.startswith(NOT_SECRET_TYPES):
            return None
        d = p.get("Default")
        if isinstance(d, bool) or d is None or isinstance(d, (dict, list)):
            return None
        d = str(d)
        # a password-named parameter (DbPassword, MasterUserPassword) reports a weak Default too
        return None if password_slot_problem(d, name) else d

    def parameters(self) -> None:
        for name, p in self.params.items():
            if not isinstance(p, dict):
                continue
            noecho = p.get("NoEcho") in (True, "true", "True", "TRUE")
            if not (noecho or is_secret_name(name) or (pin_name(name) and pin_value(p.get("Default")))):
                continue
            if p.get("AllowedValues") and not noecho:
                continue
            d = self._param_secret_default(name)
            if d is None:
                continue
            why = ("NoEcho parameter with a literal Default" if noecho else f"parameter {name} is named like a secret",
                   "the Default is stored in the template", why_literal(d))
            self.add(Hit("iac-cfn-parameter-default-secret", ("Parameters", name, "Default"), d, why))

    def _secretish_param(self, name: str) -> bool:
        p = self.params.get(name)
        return isinstance(p, dict) and (p.get("NoEcho") in (True, "true", "True", "TRUE") or is_secret_name(name))

    def ref(self, name: Any, via: tuple, ctx: _Ctx, whole: bool = True) -> None:
        """Follow a reference from a secret slot.  ``whole``: the parameter is the entire value
        (``!Ref P``, ``!Sub "${P}"``); a parameter that is only part of a composed value counts
        when it is itself secret (NoEcho or secret-named)."""
        if not isinstance(name, str) or name.startswith("AWS::"):
            return
        if not whole and not self._secretish_param(name):
            return
        p = self.params.get(name)
        if isinstance(p, dict) and p.get("AllowedValues"):
            return
        d = self._param_secret_default(name)
        if d is None:
            return
        why = (f"{ctx.slot} at {render_path(via)} references parameter {name}, whose Default is a literal",
               why_literal(d))
        self.add(Hit("iac-cfn-parameter-default-secret", ("Parameters", name, "Default"), d, why, R.REM_PARAM,
                     vias=(via,)))

    # ------------------------------------------------------------ judging
    def literal(self, value: Any, path: tuple, ctx: _Ctx) -> None:
        if isinstance(value, bool) or value is None:
            return
        value = str(value)
        s = value.strip()
        if s.startswith("{") and s.endswith("}"):
            try:
                obj = json.loads(s)
            except ValueError:
                obj = None
            if isinstance(obj, dict):  # e.g. SecretString: '{"username": "app", "password": "..."}'
                for k, v in obj.items():
                    if isinstance(v, str) and is_secret_name(k) and literal_problem(v) is None:
                        self.add(Hit(ctx.rule, path, v, (f"{ctx.slot} holds JSON with a literal {k}", why_literal(v)),
                                     ctx.remediation, hint=f'"{k}"'))
                return
        up = url_password(value)
        if up is not None:
            self.add(Hit(ctx.rule, path, up[0], (f"{ctx.slot} is a connection string with an inline password",),
                         ctx.remediation))
            return
        # the property's own name: past list indexes and intrinsic steps (Passwords[0], !If [c, a, b])
        slot = next((x for x in reversed(path) if isinstance(x, str) and not x.startswith("Fn::")), "")
        if password_slot_problem(value, slot, known_slot=slot in PASSWORD_PROPS) is None:
            value = value.strip()
            if self._same_as_user(path, value):
                return  # admin/admin, guest/guest: the product's default pair (as url_password reads user:user@)
            self.add(Hit(ctx.rule, path, value, (f"{ctx.slot} is a secret slot", why_literal(value)), ctx.remediation))

    def _same_as_user(self, path: tuple, value: str) -> bool:
        """The password equals the user name beside it (``Username: admin`` / ``Password: admin``)."""
        node: Any = self.t
        for step in path[:-1]:
            if isinstance(node, dict) and step in node:
                node = node[step]
            elif isinstance(node, list) and isinstance(step, int) and 0 <= step < len(node):
                node = node[step]
            else:
                return False
        if not isinstance(node, dict):
            return False
        user = next((v for k, v in node.items() if isinstance(k, str) and k.lower() in _USER_KEYS), None)
        return isinstance(user, str) and user.strip().lower() == value.lower()

    def judge(self, expr: Any, path: tuple, ctx: _Ctx, depth: int = 0) -> None:
        if depth > 20:
            return
        if isinstance(expr, (str, int, float)) and not isinstance(expr, bool):
            self.literal(expr, path, ctx)
            return
        if not isinstance(expr, dict) or len(expr) != 1:
            return
        fn, arg = next(iter(expr.items()))
        p = path + (fn,)
        if fn == "Ref":
            self.ref(arg, path, ctx)
        elif fn == "Fn::Sub":
            self.sub(arg, p, ctx, depth)
        elif fn == "Fn::Join":
            if isinstance(arg, list) and len(arg) == 2 and isinstance(arg[1], list):
                parts = arg[1]
                if parts and all(isinstance(x, str) for x in parts) and isinstance(arg[0], str):
                    self.literal(arg[0].join(parts), p + (1,), ctx)
                    return
                if any(isinstance(x, str) and "{{resolve:" in x for x in parts):
                    return  # a dynamic reference assembled from parts: names, not values
                single = len(parts) == 1 or all(isinstance(x, str) and not x for x in parts if isinstance(x, str))
                for i, part in enumerate(parts):
                    if isinstance(part, dict) and len(part) == 1 and "Ref" in part:
                        self.ref(part["Ref"], p + (1, i), ctx, whole=single)
                    elif not isinstance(part, str):
                        self.judge(part, p + (1, i), ctx, depth + 1)
                joined = "".join(x if isinstance(x, str) else "${X}" for x in parts)
                up = url_password(joined)
                if up is not None:
                    self.add(Hit(ctx.rule, p + (1,), up[0], (f"{ctx.slot} joins a connection string with an inline password",),
                                 ctx.remediation))
        elif fn == "Fn::If":
            if isinstance(arg, list) and len(arg) == 3:
                self.judge(arg[1], p + (1,), ctx, depth + 1)
                self.judge(arg[2], p + (2,), ctx, depth + 1)
        elif fn == "Fn::Base64":
            self.judge(arg, p, ctx, depth + 1)
        elif fn == "Fn::Select":
            if isinstance(arg, list) and len(arg) == 2 and isinstance(arg[1], list):
                for i, item in enumerate(arg[1]):
                    self.judge(item, p + (1, i), ctx, depth + 1)
        elif fn == "Fn::FindInMap":
            self.find_in_map(arg, ctx, path)
        # Fn::GetAtt, Fn::ImportValue, Fn::GetAZs, ...: references, never a finding

    def sub(self, arg: Any, p: tuple, ctx: _Ctx, depth: int) -> None:
        variables: dict = {}
        if isinstance(arg, list) and arg:
            s = arg[0]
            if len(arg) > 1 and isinstance(arg[1], dict):
                variables = arg[1]
            sp = p + (0,)
        else:
            s, sp = arg, p
        if not isinstance(s, str):
            return
        refs = [r.strip() for r in _SUB_REF.findall(s)]
        if not refs:
            self.literal(s, sp, ctx)
            return
        if "{{resolve:" in s:
            return  # ${...} inside a dynamic reference builds a name, not a value
        whole = _SUB_REF.fullmatch(s.strip()) is not None
        for r in refs:
            if r in variables:
                self.judge(variables[r], p + (1, r), ctx, depth + 1)
            elif "." not in r:
                self.ref(r, sp, ctx, whole=whole)
        up = url_password(s)
        if up is not None:
            self.add(Hit(ctx.rule, sp, up[0], (f"{ctx.slot} is a connection string with an inline password",),
                         ctx.remediation))

    def composed_url(self, expr: Any, path: tuple, ctx: _Ctx, depth: int = 0) -> None:
        """A connection string built by ``Fn::Sub`` or ``Fn::Join`` in a slot whose name says nothing
        (``REPORTS_DATABASE_URL``, ``DB_URL``): the literal between ``scheme://user:`` and ``@`` is a password
        typed into the template.  Only the URL's password is judged here, never the rest of the value:
        the slot is not a secret slot.  ``${DbPassword}`` or a ``{"Ref": ...}`` in that place is the right way
        and stays quiet."""
        if depth > 20 or not isinstance(expr, dict) or len(expr) != 1:
            return
        fn, arg = next(iter(expr.items()))
        p = path + (fn,)
        if fn == "Fn::Sub":
            s, sp = (arg[0], p + (0,)) if isinstance(arg, list) and arg else (arg, p)
            if isinstance(s, str) and "{{resolve:" not in s:
                up = url_password(s)
                if up is not None:
                    self.add(Hit(ctx.rule, sp, up[0], (f"{ctx.slot} is a connection string with an inline password",),
                                 ctx.remediation))
        elif fn == "Fn::Join":
            if isinstance(arg, list) and len(arg) == 2 and isinstance(arg[0], str) and isinstance(arg[1], list):
                parts = arg[1]
                if any(isinstance(x, str) and "{{resolve:" in x for x in parts):
                    return
                joined = arg[0].join(x if isinstance(x, str) else "${X}" for x in parts)
                up = url_password(joined)
                if up is not None:
                    self.add(Hit(ctx.rule, p + (1,), up[0],
                                 (f"{ctx.slot} joins a connection string with an inline password",), ctx.remediation))
        elif fn == "Fn::If":
            if isinstance(arg, list) and len(arg) == 3:
                self.composed_url(arg[1], p + (1,), ctx, depth + 1)
                self.composed_url(arg[2], p + (2,), ctx, depth + 1)
        elif fn == "Fn::Base64":
            self.composed_url(arg, p, ctx, depth + 1)

    def find_in_map(self, arg: Any, ctx: _Ctx, via: tuple = ()) -> None:
        if not (isinstance(arg, list) and len(arg) == 3 and isinstance(arg[0], str) and isinstance(arg[2], str)):
            return
        m = self.mappings.get(arg[0])
        if not isinstance(m, dict):
            return
        keys = [arg[1]] if isinstance(arg[1], str) else list(m.keys())
        for k in keys:
            inner = m.get(k)
            if isinstance(inner, dict) and arg[2] in inner:
                v = inner[arg[2]]
                if isinstance(v, str) and literal_problem(v) is None:
                    self.add(Hit(ctx.rule, ("Mappings", arg[0], k, arg[2]), v,
                                 (f"{ctx.slot} takes Fn::FindInMap [{arg[0]}, {k}, {arg[2]}], a literal",
                                  why_literal(v)), ctx.remediation, vias=(via,) if via else ()))

    # ---------------------------------------------------------- properties
    def ctx_for(self, rtype: str, path: tuple, slot: str) -> _Ctx:
        where = render_path(path)
        if rtype == "AWS::CodeBuild::Project" and "EnvironmentVariables" in path:
            return _Ctx("iac-codebuild-plaintext-secret", f"PLAINTEXT CodeBuild variable {slot}", R.REM_CODEBUILD, where)
        if rtype in _ENV_CONTAINERS and "Environment" in path:
            return _Ctx("iac-ecs-plaintext-env-secret", f"container environment variable {slot}", R.REM_ECS, where)
        if "Environment" in path and "Variables" in path:
            return _Ctx("iac-cfn-literal-secret", f"environment variable {slot}", R.REM_LAMBDA, where)
        return _Ctx("iac-cfn-literal-secret", f"property {slot}", R.REM_DYNREF, where)

    def walk(self, node: Any, path: tuple, rtype: str, depth: int = 0) -> None:
        if depth > 60:
            return
        if isinstance(node, list):
            for i, item in enumerate(node):
                self.walk(item, path + (i,), rtype, depth + 1)
            return
        if not isinstance(node, dict):
            return
        if len(node) == 1:
            fn, arg = next(iter(node.items()))
            if fn == "Fn::If" and isinstance(arg, list) and len(arg) == 3:
                self.walk(arg[1], path + (fn, 1), rtype, depth + 1)
                self.walk(arg[2], path + (fn, 2), rtype, depth + 1)
                return
            if isinstance(fn, str) and (fn == "Ref" or fn.startswith("Fn::")):
                return
        self.name_value(node, path, rtype)
        for k, v in node.items():
            if k == "Tags":
                self.tags(v, path + (k,), rtype)
                continue
            if not isinstance(k, str) or k in SKIP_KEYS:
                continue
            kp = path + (k,)
            if k == "UserData":
                self.userdata(v, kp)
                continue
            if isinstance(v, list) and v and all(_is_leaf(x) for x in v) and (k in PASSWORD_PROPS or is_secret_name(k)):
                # a list of secrets under a secret name: ElastiCache::User / MemoryDB::User ``Passwords``
                ctx = self.ctx_for(rtype, kp, k)
                for i, item in enumerate(v):
                    self.judge(item, kp + (i,), ctx)
                continue
            if _is_leaf(v):
                if k in PASSWORD_PROPS or is_secret_name(k) or k in SECRET_SLOTS_BY_TYPE.get(rtype, ()):
                    self.judge(v, kp, self.ctx_for(rtype, kp, k))
                elif isinstance(v, str):
                    up = url_password(v)
                    if up is not None:
                        ctx = self.ctx_for(rtype, kp, k)
                        self.add(Hit(ctx.rule, kp, up[0], (f"{ctx.slot} is a connection string with an inline password",),
                                     ctx.remediation))
                elif "://" in _flat_text(v):
                    self.composed_url(v, kp, self.ctx_for(rtype, kp, k))
            else:
                self.walk(v, kp, rtype, depth + 1)

    def tags(self, tags: Any, path: tuple, rtype: str) -> None:
        """Resource tags whose key names a password or secret (``- Key: ezproxy:admin-pass`` / ``Value: X``;
        the map form ``Tags: {db-password: X}`` of SSM parameters and SAM): a tag is readable by every
        principal with a Describe or tag:GetResources permission, so a literal there is a secret published.
        Other tags (``Name``, ``cost-center``, ``secret-rotation: enabled``) are not read as secrets."""
        items: list = []
        if isinstance(tags, list):
            for i, t in enumerate(tags):
                if isinstance(t, dict) and "Key" in t and "Value" in t:
                    items.append((t["Key"], t["Value"], path + (i, "Value")))
        elif isinstance(tags, dict):
            items = [(k, v, path + (k,)) for k, v in tags.items()]
        for key, value, vp in items:
            if not isinstance(key, str) or not is_secret_name(key.replace(":", "_").replace("-", "_")):
                continue
            ctx = _Ctx("iac-cfn-literal-secret", f"resource tag {key}", R.REM_DYNREF, render_path(vp))
            if isinstance(value, str):  # judged under the tag's key (a weak password under "admin-pass" is one)
                if password_slot_problem(value, key.replace(":", "_").replace("-", "_")) is None:
                    self.add(Hit(ctx.rule, vp, value.strip(), (f"{ctx.slot} is a secret slot", why_literal(value)),
                                 ctx.remediation))
            elif _is_leaf(value):
                self.judge(value, vp, ctx)

    def name_value(self, node: dict, path: tuple, rtype: str) -> None:
        for nk in _NAME_KEYS:  # the first name key and the first value key present (plain loops: a hot path)
            if nk in node:
                break
        else:
            return
        for vk in _VALUE_KEYS:
            if vk in node:
                break
        else:
            return
        name = node[nk]
        typ = node.get("Type", node.get("type"))
        if isinstance(typ, str) and typ.upper() in ("PARAMETER_STORE", "SECRETS_MANAGER"):
            return
        if not isinstance(name, str) or not is_secret_name(name):
            return
        vp = path + (vk,)
        self.judge(node[vk], vp, self.ctx_for(rtype, vp, name))

    # ------------------------------------------------------------ user data
    def userdata(self, expr: Any, path: tuple) -> None:
        ctx = _Ctx("iac-userdata-secret", "user data", R.REM_USERDATA, render_path(path))
        for text, p, variables in self._pieces(expr, path, 0):
            self._script(text, p, variables, ctx)

    def _pieces(self, expr: Any, path: tuple, depth: int) -> Iterator[tuple[str, tuple, Any]]:
        if depth > 20:
            return
        if isinstance(expr, str):
            yield _maybe_b64(expr), path, None
            return
        if not isinstance(expr, dict) or len(expr) != 1:
            return
        fn, arg = next(iter(expr.items()))
        p = path + (fn,)
        if fn == "Fn::Base64":
            yield from self._pieces(arg, p, depth + 1)
        elif fn == "Fn::Sub":
            if isinstance(arg, str):
                yield arg, p, {}
            elif isinstance(arg, list) and arg and isinstance(arg[0], str):
                yield arg[0], p + (0,), (arg[1] if len(arg) > 1 and isinstance(arg[1], dict) else {})
        elif fn == "Fn::Join" and isinstance(arg, list) and len(arg) == 2 and isinstance(arg[1], list):
            parts = arg[1]
            jp = p + (1,)
            for i, part in enumerate(parts):
                if isinstance(part, str):
                    yield part, jp + (i,), None
                    m = _TRAILING_ASSIGN.search(part.rstrip("\n"))
                    if m and i + 1 < len(parts) and not isinstance(parts[i + 1], str) and is_secret_name(m.group(1)):
                        ctx = _Ctx("iac-userdata-secret", f"user data variable {m.group(1)}", R.REM_USERDATA, "")
                        self.judge(parts[i + 1], jp + (i + 1,), ctx, depth + 1)
                else:
                    yield from self._pieces(part, jp + (i,), depth + 1)
        elif fn == "Fn::If" and isinstance(arg, list) and len(arg) == 3:
            yield from self._pieces(arg[1], p + (1,), depth + 1)
            yield from self._pieces(arg[2], p + (2,), depth + 1)

    def _script(self, text: str, p: tuple, variables: Any, ctx: _Ctx) -> None:
        for name, value, snippet in script_assignments(text):
            if not is_secret_name(name.replace("-", "_")):
                continue
            sub = _SUB_REF.fullmatch(value.strip()) if variables is not None else None
            if sub:
                r = sub.group(1).strip()
                c = _Ctx(ctx.rule, f"user data variable {name}", ctx.remediation, ctx.where)
                if isinstance(variables, dict) and r in variables:
                    self.judge(variables[r], p[:-1] + (1, r) if p and p[-1] == 0 else p, c)
                elif "." not in r:
                    self.ref(r, p, c)
                continue
            if value.startswith("$") or literal_problem(value) is not None:
                continue
            self.add(Hit(ctx.rule, p, value, (f"user data sets {name} to a literal", why_literal(value)),
                         ctx.remediation, hint=snippet))
        for value, what in shell_secrets(text):  # chpasswd, net user, mysql -pX, --db-password X, ...
            self.add(Hit(ctx.rule, p, value, (f"user data passes a password on a command line ({what})",
                                              why_literal(value)), ctx.remediation))

    # ------------------------------------------------------ mappings/outputs
    def walk_mappings(self) -> None:
        for mname, m in self.mappings.items():
            if not isinstance(m, dict):
                continue
            for k1, inner in m.items():
                if not isinstance(inner, dict):
                    continue
                for k2, v in inner.items():
                    if isinstance(v, str) and is_secret_name(k2):
                        self.literal(v, ("Mappings", mname, k1, k2),
                                     _Ctx("iac-cfn-literal-secret", f"mapping value {k2}", R.REM_DYNREF, ""))

    def outputs(self) -> None:
        outs = self.t.get("Outputs")
        if not isinstance(outs, dict):
            return
        res = self.t.get("Resources") if isinstance(self.t.get("Resources"), dict) else {}
        for name, o in outs.items():
            if not isinstance(o, dict) or "Value" not in o:
                continue
            v = o["Value"]
            path = ("Outputs", name, "Value")
            if isinstance(v, dict) and len(v) == 1 and "Fn::GetAtt" in v:
                ga = v["Fn::GetAtt"]
                if isinstance(ga, str):
                    ga = ga.split(".", 1)
                if isinstance(ga, list) and len(ga) == 2 and ga[1] in ("SecretAccessKey",):
                    target = res.get(ga[0]) if isinstance(res, dict) else None
                    rtype = target.get("Type") if isinstance(target, dict) else ""
                    # No secret is written in the file, but the stack will publish one: CloudFormation
                    # generates the key at deploy time and this output copies it, in plain text, into the
                    # stack's outputs, readable by every principal with cloudformation:DescribeStacks, in
                    # the console, in exports and in CI logs that print outputs.  That is a leak this
                    # commit causes, so it is reported (and blocks) like a literal; the why says it is a
                    # generated secret exposed, not a value found in the text.
                    self.add(Hit("iac-cfn-output-secret", path + ("Fn::GetAtt",), f"{ga[0]}.{ga[1]}",
                                 (f"output {name} exposes a generated secret: the SecretAccessKey of {ga[0]} "
                                  f"({rtype or 'unknown type'}), created at deploy time (no literal in the file)",
                                  "stack outputs are readable in plain text by anyone with cloudformation:DescribeStacks")))
                continue
            if is_secret_name(name):
                self.judge(v, path, _Ctx("iac-cfn-literal-secret", f"output {name}", R.REM_OUTPUT, ""))


def _is_leaf(v: Any) -> bool:
    if isinstance(v, (str, int, float)) and not isinstance(v, bool):
        return True
    if isinstance(v, dict) and len(v) == 1:
        k = next(iter(v))
        return isinstance(k, str) and (k == "Ref" or (k.startswith("Fn::") and k != "Fn::Transform"))
    return False


def _flat_text(v: Any, depth: int = 0) -> str:
    """The strings of an intrinsic-function expression run together (a cheap test for ``://`` before the
    composed-URL check; the strings of ``!Join`` pieces meet here as they will in the value)."""
    if isinstance(v, str):
        return v
    if depth > 8:
        return ""
    if isinstance(v, dict):
        return "".join(_flat_text(x, depth + 1) for x in v.values())
    if isinstance(v, list):
        return "".join(_flat_text(x, depth + 1) for x in v)
    return ""


def _maybe_b64(s: str) -> str:
    t = s.strip()
    if len(t) >= 16 and "\n" not in t.strip() and re.fullmatch(r"[A-Za-z0-9+/=]+", t):
        try:
            raw = base64.b64decode(t, validate=True)
            dec = raw.decode("utf-8")
            if dec.isprintable() or "\n" in dec:
                return dec
        except (binascii.Error, UnicodeDecodeError, ValueError):
            pass
    return s


def is_template(doc: Any) -> bool:
    if not isinstance(doc, dict):
        return False
    if "AWSTemplateFormatVersion" in doc:
        return True
    tr = doc.get("Transform")
    if isinstance(tr, str) and tr.startswith("AWS::Serverless") or isinstance(tr, list) and any(
        isinstance(x, str) and x.startswith("AWS::Serverless") for x in tr
    ):
        return True
    res = doc.get("Resources")
    if isinstance(res, dict) and res:
        return any(isinstance(r, dict) and isinstance(r.get("Type"), str) and "::" in r["Type"] for r in res.values())
    return False


def analyze_template(template: Any) -> list[Hit]:
    if not isinstance(template, dict):
        return []
    return CfnAnalyzer(template).run()
