from common import *
import base64
STORE = "Move the value to a secrets manager (AWS Secrets Manager, SSM SecureString, Vault) or an environment variable injected at deploy time, and read it from there in code."
NAMES = r"(?:password|passwd|pwd|passphrase|secret|token|api_?key|apikey|client_?secret|private_?key|auth_?key|access_?key|credentials?)"
KEY = r"(?i:[a-z0-9_.\-]{0,30}" + NAMES + r"[a-z0-9_.\-]{0,20})"
OPX = r"""["'\]]{0,2}\s{0,5}(?:=|:=|=>|:|>)\s{0,5}["'`]?"""
VALUE_ALLOW = [
  r"^(?i:password|passwd|secret|token|changeme|change_me|example|sample|none|null|nil|true|false|yes|no|string|str|bytes|int|bool|required|optional|undefined|empty|hidden|default|bearer|basic|redacted|masked|unset|todo|tbd|xxx+|\*+|\.+|-+)$",
  r"^[0-9]+$", r"^(?:\.{0,2}/|~/)", r"^%", r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$",
  r"^[A-Z][A-Z0-9_]*_[A-Z0-9_]+$", r"^[a-z]+(?:_[a-z0-9]+)+$", r"^[a-z]+[A-Z][A-Za-z]*$", r"^(?i:your|my|some|enter|insert|put|replace)[_\-]",
  r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$",
]
STOP = ["placeholder", "example", "dummy", "changeme", "your_", "your-", "xxxxx", "redacted", "lorem"]
bearer = jwt_token({"sub": dig(9), "iss": "https://auth.acme.io/", "aud": "orders-api", "exp": 1893456000, "scope": "orders:write"})
RULES = [
R("generic-password-assignment", "Hard-coded password or secret assigned to a secret-named key", "low", "low",
  KEY + OPX + r"""([^\s"'`$<>{}()\[\]=:;,&|\\]{4,128})(?:["'`<]|[\s;,#]|$)""",
  ["pass", "pwd", "secret", "token", "key", "credential"], ["generic", "password"],
  remed("Change the password or secret on the system it belongs to; assume anyone with read access to the repository has it.", "", STORE),
  ["https://cwe.mitre.org/data/definitions/798.html", "https://owasp.org/www-community/vulnerabilities/Use_of_hard-coded_password"],
  ['DB_PASSWORD=Winter2024!', 'password: "Hx7#mQ2vLp9"', '  "smtpPassword": "Sunset-Harbor-1988",', '<password>Kq8Zt3wPr</password>',
   "ADMIN_PWD = 'b4rr4cuda!'", "spring.datasource.password=Qz7vW2nLx"],
  ["password = os.environ['DB_PASSWORD']", "password: ${DB_PASSWORD}", "password = get_password()", "password = self.password", 'password: "<your-password>"',
   "password: changeme", 'password = ""', "token_expiry: 3600", "password: str", "if password == other:", "api_key = API_KEY",
   "password: {{ vault_db_password }}", "secret_file: /run/secrets/db", "token_url: https://auth.acme.io/token", 'password = "%(pw)s"',
   "password = user_password", "api_key: Optional[str] = None", "token_type: bearer"],
  entropy=2.0, allowlist={"regexes": VALUE_ALLOW, "stopwords": STOP}),
R("generic-high-entropy-secret", "High-entropy value assigned to a secret-named key", "medium", "medium",
  KEY + OPX + r"""([A-Za-z0-9+/_\-]{32,256}={0,2})(?:["'`<]|[\s;,#]|$)""",
  ["pass", "pwd", "secret", "token", "key", "credential"], ["generic", "high-entropy"],
  remed("Identify the service the value belongs to (the key name usually says), revoke or rotate it there, and replace it.", "", STORE),
  ["https://cwe.mitre.org/data/definitions/798.html"],
  [f"SECRET_KEY_BASE={hexl(64)}", f'internal_api_token: "{url(40)}"', f"signing_secret = '{b64(44)}'"],
  [f"api_key = {uuid4()}", f"secret = {hexl(20)}", f"token: {'ab' * 20}", "api_key: ${API_KEY}", f"secret_name = {url(10)}"],
  entropy=3.5, allowlist={"regexes": VALUE_ALLOW, "stopwords": STOP}),
R("jwt-token", "JSON Web Token", "medium", "medium", r"\b(eyJ[A-Za-z0-9_\-]{10,4000}\.eyJ[A-Za-z0-9_\-]{10,8000}\.[A-Za-z0-9_\-]{16,2000})(?:[^A-Za-z0-9_\-.]|$)", ["eyj"], ["jwt", "token"],
  remed("A JWT is valid until its exp claim; decode it (without verifying) to see issuer, subject and expiry. If it has not expired, revoke the session or refresh token at the issuer, "
        "or rotate the issuer's signing key if the token is long-lived (service tokens, Supabase service_role keys).", "", STORE),
  ["https://datatracker.ietf.org/doc/html/rfc7519"], [f"Authorization: Bearer {bearer}", f'SUPABASE_SERVICE_ROLE_KEY="{jwt_token({"iss": "supabase", "ref": lowan(20), "role": "service_role", "iat": 1700000000, "exp": 2015576000})}"'],
  ["eyJhbGciOi.eyJzdWIiOi.c2ln", "eyJ" + url(40) + "." + url(40) + "." + url(40), "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0"], validator="jwt", entropy=4.0),
R("authorization-bearer-token", "Bearer token in an Authorization header", "medium", "low",
  r"(?i:authorization[\"']?\s{0,3}[:=,]\s{0,3}[\"']?bearer)\s+([A-Za-z0-9_\-.~+/]{24,1024}={0,2})(?:[^A-Za-z0-9_\-.~+/=]|$)", ["bearer"], ["http", "token"],
  remed("Find which service issued the token (host in the same request) and revoke it there; replace it with a token read from the environment.", "", STORE),
  ["https://datatracker.ietf.org/doc/html/rfc6750"], [f"curl -H 'Authorization: Bearer {url(48)}' https://api.acme.io/v2/orders"],
  ["Authorization: Bearer $TOKEN", "Authorization: Bearer ${ACCESS_TOKEN}", "Authorization: Bearer <token>", f"Authorization: Bearer {'ab' * 15}"],
  entropy=3.5, allowlist={"regexes": [r"^\$", r"^<", r"^\{\{"]}),
R("authorization-basic-credentials", "Basic credentials in an Authorization header", "medium", "medium",
  r"(?i:authorization[\"']?\s{0,3}[:=,]\s{0,3}[\"']?basic)\s+([A-Za-z0-9+/]{8,512}={0,2})(?:[^A-Za-z0-9+/=]|$)", ["basic"], ["http", "basic-auth"],
  remed("The value is base64(user:password), not encrypted. Change that user's password on the service and move to a scoped token.", "", STORE),
  ["https://datatracker.ietf.org/doc/html/rfc7617"], ["curl -H 'Authorization: Basic " + base64.b64encode(f"ci-bot:{r(18)}".encode()).decode() + "' https://jenkins.acme.io/api/json"],
  ["Authorization: Basic $CREDS", "Authorization: Basic " + base64.b64encode(b"nocolon").decode()], validator="basic_auth_b64", entropy=3.0),
R("sshpass-password", "Password passed to sshpass on the command line", "high", "high",
  r"\bsshpass\s+(?:-[a-zA-Z]\s+)*-p\s*[\"']?([^\s\"'$`]{3,128})", ["sshpass"], ["ssh", "password"],
  remed("Change the remote account's password (passwd on the host) and switch to SSH keys or sshpass -e with SSHPASS from a secret store.", "the host's auth log (journalctl -u ssh / /var/log/auth.log) for logins.", STORE),
  ["https://linux.die.net/man/1/sshpass"], [f"sshpass -p '{r(12)}' ssh deploy@10.0.3.21 'systemctl restart api'", f"sshpass -p {r(10)} scp build.tgz ops@bastion:/tmp"],
  ["sshpass -p \"$SSH_PASS\" ssh host", "sshpass -e ssh host", "sshpass -f ~/.pw ssh host"], entropy=2.5),
R("htpasswd-hash", "htpasswd entry with password hash", "low", "medium",
  r"(?:^|\n|\s)[A-Za-z0-9_.@\-]{1,64}:(\$(?:2[aby]?\$[0-9]{2}\$[./A-Za-z0-9]{53}|apr1\$[./A-Za-z0-9]{1,8}\$[./A-Za-z0-9]{22}))", ["$2", "$apr1$"], ["password-hash", "htpasswd"],
  remed("A hash is not the password, but bcrypt/apr1 hashes can be cracked offline if the password is weak. Set a new strong password (htpasswd -B FILE USER) and keep the file out of the repository.", "", STORE),
  ["https://httpd.apache.org/docs/2.4/programs/htpasswd.html"], [f"admin:$2y$10${r(53, AN + './')}", f"ops:$apr1${r(8)}${r(22, AN + './')}"],
  [f"admin:$2y$10${r(20)}", "admin:{SHA}" + b64(27) + "="], entropy=3.0),
]
