from common import *
import base64
STORE = "Keep private keys out of repositories: an SSH agent or hardware key, AWS Secrets Manager / KMS, Vault, or the CI system's secure files; mount them at run time."
REVOKE = ("Generate a new key pair and replace the public key wherever it is trusted (authorized_keys, deploy keys, "
          "certificate authority, TLS endpoints, JWT verifiers, GitHub App settings), then destroy the old private key. "
          "For a TLS key, re-issue the certificate and revoke the old one with the CA.")
BODY = r"[A-Za-z0-9+/=\s\\]{64,16384}"
def key(id, name, kind_re, kind, sev="critical", raw=None, headers="", validator="pem_private_key", kws=None, extra_neg=()):
    k = pem(kind, raw, headers)
    rx = r"(-----BEGIN " + kind_re + r"-----" + (r"[A-Za-z0-9+/=\s\\:,\-]{64,16384}" if headers or kind.startswith("ENCRYPTED") or kind == "PGP PRIVATE KEY BLOCK" else BODY) + r"-----END " + kind_re + r"-----)"
    json_k = k.replace("\n", "\\n")
    return R(id, name, sev, "high", rx, kws or [f"begin {kind.lower()}"], ["private-key", "crypto"],
             remed(REVOKE, "where the key was trusted: SSH auth logs, git host audit logs, CA transparency logs.", STORE),
             ["https://datatracker.ietf.org/doc/html/rfc7468"],
             [k, '  "private_key": "' + json_k + '\\n",'],
             [f"-----BEGIN {kind}-----\n...\n-----END {kind}-----", f"-----BEGIN {kind}-----\n<paste your key here>\n-----END {kind}-----",
              "-----BEGIN PUBLIC KEY-----\n" + wrap64(b64enc(der_blob(300))) + "\n-----END PUBLIC KEY-----",
              "-----BEGIN CERTIFICATE-----\n" + wrap64(b64enc(der_blob(300))) + "\n-----END CERTIFICATE-----", *extra_neg],
             multiline=True, entropy=4.0, validator=validator)
oss = b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01" + bytes(rnd.getrandbits(8) for _ in range(360))
putty_priv = wrap64(b64enc(bytes(rnd.getrandbits(8) for _ in range(96))))
putty = ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: deploy@build\nPublic-Lines: 2\n" + wrap64(b64enc(bytes(rnd.getrandbits(8) for _ in range(51)))) +
         f"\nPrivate-Lines: {putty_priv.count(chr(10)) + 1}\n" + putty_priv + "\nPrivate-MAC: " + hexl(64))
RULES = [
key("private-key-rsa", "RSA private key", "RSA PRIVATE KEY", "RSA PRIVATE KEY"),
key("private-key-dsa", "DSA private key", "DSA PRIVATE KEY", "DSA PRIVATE KEY"),
key("private-key-ec", "EC private key", "EC PRIVATE KEY", "EC PRIVATE KEY", raw=der_blob(121)),
key("private-key-openssh", "OpenSSH private key", "OPENSSH PRIVATE KEY", "OPENSSH PRIVATE KEY", raw=oss,
    extra_neg=["ssh-rsa " + b64enc(der_blob(270)) + " deploy@ci"]),
key("private-key-pkcs8", "PKCS#8 private key", "PRIVATE KEY", "PRIVATE KEY", kws=["begin private key"]),
key("private-key-encrypted-pkcs8", "Encrypted PKCS#8 private key", "ENCRYPTED PRIVATE KEY", "ENCRYPTED PRIVATE KEY", sev="medium"),
key("private-key-rsa-legacy-encrypted", "Passphrase-protected PEM private key (Proc-Type 4,ENCRYPTED)", "(?:RSA|DSA|EC) PRIVATE KEY", "RSA PRIVATE KEY", sev="medium",
    headers=f"Proc-Type: 4,ENCRYPTED\nDEK-Info: AES-256-CBC,{hexu(32)}\n\n", kws=["proc-type: 4,encrypted"]),
R("private-key-pgp", "PGP private key block", "critical", "high",
  r"(-----BEGIN PGP PRIVATE KEY BLOCK-----[A-Za-z0-9+/=\s:,.\-()]{64,16384}-----END PGP PRIVATE KEY BLOCK-----)", ["begin pgp private key block"], ["private-key", "pgp", "crypto"],
  remed("Revoke the key: gpg --gen-revoke KEYID > revoke.asc; gpg --import revoke.asc; gpg --keyserver hkps://keys.openpgp.org --send-keys KEYID; then create a new key and re-sign what needs signing.",
        "", STORE), ["https://www.gnupg.org/gph/en/manual/c14.html"],
  ["-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n" + wrap64(b64enc(bytes(rnd.getrandbits(8) for _ in range(400)))) + "\n=" + b64(4) + "\n-----END PGP PRIVATE KEY BLOCK-----"],
  ["-----BEGIN PGP PRIVATE KEY BLOCK-----\n...\n-----END PGP PRIVATE KEY BLOCK-----",
   "-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n" + wrap64(b64enc(bytes(rnd.getrandbits(8) for _ in range(400)))) + "\n-----END PGP PUBLIC KEY BLOCK-----"],
  multiline=True, entropy=4.0),
R("private-key-putty", "PuTTY private key (PPK)", "critical", "high",
  r"(PuTTY-User-Key-File-[23]:[^\n]{1,80}\n[\s\S]*?Private-Lines:[ \t]*[0-9]{1,3}[ \t]*\r?\n[A-Za-z0-9+/=\r\n]{40,})", ["putty-user-key-file-"], ["private-key", "ssh", "putty"],
  remed(REVOKE + " Generate the new key with puttygen and remove the old public key from every authorized_keys file.", "", STORE),
  ["https://the.earth.li/~sgtatham/putty/0.81/htmldoc/AppendixC.html"], [putty],
  ["PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nPublic-Lines: 2\nAAAAC3Nz\nPrivate-Lines: 1\n...\n"], multiline=True, entropy=4.0),
R("age-secret-key", "age secret key", "critical", "high", r"\b(AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58})\b", ["age-secret-key-1"], ["private-key", "age", "crypto"],
  remed("Generate a new identity (age-keygen -o key.txt), re-encrypt every file encrypted to the old recipient (sops updatekeys / age -r NEW), and remove the old recipient from .sops.yaml and recipient lists.", "", STORE),
  ["https://age-encryption.org/v1"], [f"# created: 2025-03-02T10:11:12Z\n# public key: age1{lowan(58)}\n{age_key()}"],
  [age_key()[:-1] + ("Q" if age_key()[-1] != "Q" else "P"), "AGE-SECRET-KEY-1" + "Q" * 58], validator="age_bech32", entropy=3.5),
]
