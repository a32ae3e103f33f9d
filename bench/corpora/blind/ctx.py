"""Shared generation context: RNG, token factory, a few company-wide identifiers and keys."""
from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric import ec

from . import keys
from .lib import Rng, Tokens


class Ctx:
    def __init__(self, seed):
        self.r = Rng(seed)
        self.t = Tokens(self.r)
        t = self.t
        self.acct_prod, self.acct_stg, self.acct_shared, self.acct_log = (t.account() for _ in range(4))
        self.region = "us-east-1"
        self._keys = {}

    def key(self, name: str):
        """Lazily create named keys so each is generated once, in a fixed order of first use."""
        if name not in self._keys:
            kind = name.split(":")[0]
            if kind == "rsa":
                self._keys[name] = keys.rsa_key(self.r)
            elif kind == "ec256":
                self._keys[name] = keys.ec_key(self.r, ec.SECP256R1)
            elif kind == "ec384":
                self._keys[name] = keys.ec_key(self.r, ec.SECP384R1)
            elif kind == "ed":
                self._keys[name] = keys.ed_key(self.r)
            else:
                raise KeyError(name)
        return self._keys[name]
