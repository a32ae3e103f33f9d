from common import *
STORE = "Keep it in a secrets manager or CI secret and read it from an environment variable at run time."
T = r"(?:[^A-Za-z0-9_\-]|$)"
def P(id, name, sev, prefix_re, body_re, kw, envname, gen, revoke, ref, tags, ent=3.5, negs=(), validator=None, conf="high"):
    lit = kw if kw.islower() is False else kw
    return R(id, name, sev, conf, r"\b(" + prefix_re + body_re + r")" + T, [kw.lower()], list(tags), remed(revoke, "", STORE), [ref],
             [f"{envname}={gen()}"], list(negs) + [f"{envname}=${{{envname}}}"], entropy=ent, validator=validator)
