# Writes credgate/linter/rules/words15.toml (session 15, mechanism D): one shared vocabulary, several shapes.
# Edit here and run `python bench/gen_words15.py`, then `python -m credgate rules check`.
import json

from vocab import ALLOW, CJK_IS, IS_WORDS, NOW_WORDS, PW_ALL, PW_EN, PW_ML, QUAL_WORDS, WIFI_KEY, alt  # noqa: F401

# a value: ASCII, no quote, bracket, space; a $ only inside (${X} is a reference)
# greedy: a trailing "!" is the password's, a trailing "." or "?" the sentence's
VAL = r"[A-Za-z0-9!#%&+=?@^~_][A-Za-z0-9!#$%&+=?@^~_.\-/|]{1,62}[A-Za-z0-9!#$%&+=@^~_\-|]"
OPEN = r"[`'\"*]{0,2}(?:「|“)?"
TERM = r"[`'\"*]{0,2}(?:」|”)?(?:[.,;:)!?]|。|，|、)?(?:[\s\"'`\\<]|$|。|，|、|）)"
CHAT_HEAD = r"[^\n]{0,40}?[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?\]?[ \t]*(?:-[ \t]*)?[^:\n\[\]]{1,40}:[ \t]+"
# an assent may come first ("yes, it is X now", "sí, es X", "ja, das ist X")
ASSENT = alt(r"yes", r"yeah", r"yep", r"yup", r"s(?:í|i)", r"sim", r"oui", r"ja", r"jo", r"tak", r"ok", r"okay", r"done") + r"[,!.]?[ \t]+"
ANSWER_LEAD = r"(?:" + ASSENT + r")?" + alt(r"es", r"era", r"it's", r"it’s", r"its", r"it[ \t]is", r"that's", r"(?:é|É)", r"c'est", r"c’est", r"ist", r"das[ \t]ist", r"is",
                  r"je", r"to", r"on", r"(?:ä|Ä)r", r"det[ \t](?:er|(?:ä|Ä)r)", r"dat[ \t]is", r"het[ \t]is", r"try", r"use", r"usa", r"use[ \t]it",
                  r"prueba(?:[ \t]con)?", r"tenta", r"essaie", r"probier", r"ahora(?:[ \t]es)?", r"now") + r"[ \t]+"

PROSE = ['**/*.txt', '**/*.md', '**/*.markdown', '**/*.log', '**/*.eml', '**/*.mbox', '**/*.msg', '**/*.json', '**/*.jsonl',
         '**/*.ndjson', '**/*.html', '**/*.htm', '**/*.rst', '**/*.adoc', '**/*.wiki', '**/*.org', '**/*.chat']
CHAT = ['**/*.txt', '**/*.log', '**/*.md', '**/*.chat', '**/*.html', '**/*.htm', '**/*.json', '**/*.jsonl', '**/*.ndjson']
# a message's head in a chat export: "[12/03/2027, 05:13] Lars:" (text), a Teams/Skype HTML export's body tag
# (<p>, or a tag whose class names the body/content/text), a JSON export's "text"/"body"/"content" field
HTML_HEAD = r"[^\n]{0,200}?<(?:p|div|span|td)(?:[ \t]+class=\"[^\"\n]{0,40}(?:body|content|text|msg)[^\"\n]{0,40}\")?>[ \t]*"
JSON_HEAD = r"[^\n]{0,200}?\"(?i:text|body|content|message|msg)\"[ \t]*:[ \t]*\""
EXPORT_HEAD = alt(CHAT_HEAD, HTML_HEAD, JSON_HEAD)

REMED = '''"""
1. Change the password: a note, ticket or message is read (and forwarded) by everyone with access, and it stays in history.
2. Share passwords through the team's password manager (a shared vault entry, a one-time secret link), never in a document or message.
3. Remove it from the file, then purge history if the repository is shared (git filter-repo) and add the path or value to the baseline only after rotation."""'''

PREFILTER_NOTE = """# hyperscan looks for the line that names a password (rare) instead of the whole (its answer-line shapes are slow
# beside it in one automaton: 0.46 s over 24 MB of JSON, 0.008 s so); see prefilter in the rules guide"""
PREFILTER_NOTE_WORDS = """# hyperscan looks for the password word alone, the rest is confirmed in the lines around it (as one automaton
# this rule cost 1.3 s over the 64 MB of docs of a Django release history, session 20); see prefilter"""
PREFILTER_NOTE_RESET = """# hyperscan looks for the password or reset word alone, the rest is confirmed in the lines around it: as one
# widened automaton it was confirmed on whole files (2.7 s of a Django release history's docs); see prefilter"""

def q(s):
    assert "'''" not in s
    return "'''" + s + "'''"

def rule(id, name, comment, regex, keywords, paths, examples, negs, allow=ALLOW, entropy=1.5, tags=("password", "chat", "generic", "context", "yields"), prefilter=None, prefilter_note=PREFILTER_NOTE):
    out = ["[[rules]]", f"id = '{id}'", "name = " + json.dumps(name, ensure_ascii=False), "severity = 'medium'", "confidence = 'low'"]
    out += ["# " + ln for ln in comment.strip().splitlines()]
    out.append("regex = " + q(regex))
    if prefilter:  # the start of the regex that hyperscan looks for alone (credgate.linter.matcher.prefilter_problem)
        assert regex.startswith(prefilter)
        out.append(prefilter_note)
        out.append("prefilter = " + q(prefilter))
    out.append("secret_group = 1")
    # lower case (the matcher adds the capitalised and upper-case forms of non-ASCII keywords)
    keywords = list(dict.fromkeys(k.lower() for k in keywords))
    out.append("keywords = " + json.dumps(keywords, ensure_ascii=False))
    out.append(f"entropy = {entropy}")
    out.append("paths = " + json.dumps(paths))
    out.append("tags = " + json.dumps(list(tags)))
    out.append("remediation = " + REMED)
    out.append("references = ['https://cwe.mitre.org/data/definitions/260.html']")
    def lit(e):
        if "\n" in e:
            return '"""' + e + '"""' if '"""' not in e and not e.endswith('"') else json.dumps(e, ensure_ascii=False)
        return q(e) if "'''" not in e and not e.endswith("'") else json.dumps(e, ensure_ascii=False)
    out.append("examples = [\n" + "".join("  " + lit(e) + ",\n" for e in examples) + "]")
    out.append("negative_examples = [\n" + "".join("  " + lit(e) + ",\n" for e in negs) + "]")
    out.append("\n[rules.allowlist]")
    out.append("regexes = [" + ", ".join(q(a) for a in allow) + "]")
    return "\n".join(out) + "\n"

KW_ML = ["contraseña", "contrasena", "senha", "mot de passe", "mdp", "passwort", "kennwort", "wachtwoord", "hasło", "haslo",
         "heslo", "lösenord", "losenord", "passord", "adgangskode", "kodeord", "salasana", "şifre", "sifre", "parola", "jelszó",
         "jelszo", "sandi", "mật khẩu", "mat khau", "パスワード", "暗証番号", "密码", "密碼", "口令", "비밀번호", "패스워드", "비번", "пароль", "Пароль".lower(),
         "ПАРОЛЬ", "κωδικός", "סיסמה", "كلمة", "पासवर्ड", "รหัสผ่าน", "clave", "digo de acceso", "code d'acc", "zugangscode", "toegangscode"]
KW_EN = ["password", "passwd", "passphrase", "pass phrase", "passcode", "pw", "pwd"]
KW_WIFI = ["wifi", "wi-fi", "wlan", "wpa", "ssid"]

rules = []
HEADER = '''# People's words of session 15 (mechanism D, issue 17): a password told in people's words, in any language.
# One vocabulary (password words in ~30 languages, "is"/"now"/"for" words, Wi-Fi key words) read by a few shapes:
#   1. a password word, an optional "for/de/für <thing>" and "(...)", an "is" word or a colon, then the value;
#   2. a chat message that answers a message naming a password on the line (or two) before: "es X", "it's X", X;
#   3. a value alone on its line, right after a line that names a password and ends in "is"/"was"/":"/"below";
#   4. "the working/current/new value is X" in the sentence after one that names a password;
#   5. "set/changed/reset to X" in a note or ticket whose lines before speak of a password, a reset or an unlock;
#   6. "<thing> password/passphrase/protection on <thing> (...): X";
#   7. "admin is `user`, password `X`" (a user named beside the value lets a short lower-case value through).
# The value is judged like the password rules: it must hold a digit (or be a capitalised word with a symbol);
# words, ticket ids, versions, units, hash names, standards, placeholders, hosts and references stay quiet.
# Generated by a script (the vocabulary is shared); the scan reads bytes, so non-ASCII letters are spelled
# with their capital and unaccented forms.  All are limited to prose and export files and carry "yields" and
# "context": where an older rule reports the same value, the older rule's finding is kept.
# credgate built-in rules: see DESIGN.md "Rules".  Rule ids are permanent.
'''

# 1
PAREN = r"(?:[ \t]*\([^()\n\"]{1,60}\))?"
CONN = r"(?:[ \t]*(?:[:=]|" + CJK_IS + r")|[ \t]+(?i:" + IS_WORDS + r")(?:[ \t]+(?i:" + NOW_WORDS + r"))?[ \t]*:?)"
r1 = (r"(?:^|[^A-Za-z0-9_\-/.])" + alt("(?i:" + alt(PW_ML, r"passphrase", r"pass[ \t]phrase", WIFI_KEY) + ")"
      + alt(r"[ \t]+(?i:" + QUAL_WORDS + r")[ \t]+[^\n:=()\"?]{1,40}?" + PAREN + CONN, PAREN + CONN, r""),
      # Italian, Romanian, Spanish and Dutch writers say "password" too: "la password del gate è X"
      r"(?i:password)[ \t]+(?i:" + alt(r"del", r"della", r"dello", r"dei", r"di", r"de", r"do", r"da", r"du", r"des", r"van", r"voor", r"für", r"dla", r"för", r"pentru") + r")[ \t]+[^\n:=()\"?]{1,40}?" + PAREN
      + r"(?:[ \t]*[:=]|[ \t]+(?i:" + alt(r"(?:è|È)", r"e", r"es", r"(?:é|É)", r"est", r"ist", r"is", r"este") + r")[ \t]*:?)")
      + r"[ \t]*" + OPEN + "(" + VAL + ")" + TERM)
rules.append(rule("prose-password-word-any-language", "Password told after a password word in any language (\"la contraseña es X\", \"senha: X\", \"Passwort lautet X\", \"パスワードは X\", \"passphrase X\")",
  '''"la contraseña del router es Torre14#Bq", "A senha do supervisório é Poco61@Rj", "Das Passwort lautet Akte7731Rk",
"mot de passe : Fibre2027!", "hasło do tabletów: X", "salasana on X", "lösenordet är X", "şifre: X", "密码：X",
"パスワードは X", "비밀번호: X", "пароль: X", "scanner Wi-Fi is AF-SCAN, passphrase X": a password word of any
language (or passphrase, a Wi-Fi key word), an optional "for/de/für <thing>", an optional "(...)", an optional
"is"/"now" word, colon or CJK particle, then the value.''',
  r1, KW_ML + ["passphrase", "pass phrase"] + KW_WIFI, PROSE,
  ["la contraseña del router es Torre14#Bq", "A senha do supervisório é Poco61@Rj até a parada.", "Das Passwort für das Portal lautet Akte7731Rk.",
   "- Borne Wi-Fi : mdp : Fibre2027!", "hasło do tabletów EFB: Boeing737!Kr", "Aino: salasana on Revontuli88, käyttäjä crew",
   "lösenordet är Flyg#4421", "şifre: Liman2027*", "- 密码：Shanghai#88", "- HPLC端末のパスワードは Lc2027#Kyoto です。",
   "- 분석실 PC 비밀번호: Seoul2027!", "новый пароль: Limslab77", "- SLT: scanner Wi-Fi is AF-SCAN, passphrase 8W8K1ICDSEB0",
   "Passwort (Drucker im 2. OG): Notar-558"],
  ["la contraseña es la de siempre", "senha: {{ vault_scada_password }}", "mot de passe : <mot-de-passe>", "mdp : changeme",
   "Le mot de passe doit respecter la norme ISO27001.", "Kennwort: ********", "パスワードの長さは 12 文字以上", "пароль: см. хранилище",
   "palabra clave: INC0048213", "senha no cofre", "passphrase length: 63", "la clave es TLS1.2", "clave primaria id_cliente"]))

# 2
r2_head = ("(?i:" + alt(PW_ALL, r"wi-?fi", r"wlan", r"login", r"creds", r"credentials", r"usuario", r"acceso", r"acesso", r"acc(?:è|e)s", r"zugang", r"toegang", r"dost(?:ę|e)p", r"tunnus", r"inloggning") + r")[^\n]{0,160}\r?\n")
r2 = (r2_head + r"(?:[^\n]{0,200}\r?\n)??"
      + EXPORT_HEAD + "(?i:" + ANSWER_LEAD + r")?" + OPEN + "(" + VAL + ")" + TERM)
rules.append(rule("chat-reply-answers-password-message", "Chat message that gives the password a message on the line before asked for or named, in any language (\"es X\", \"it's X\", X)",
  '''WhatsApp, Teams, Slack and Signal exports: "la HMI pide contraseña" then "es GYXPI680, usuario MAINT", "what's the
wifi password?" then "it's X", "hva er passordet?" then "det er X": a message naming a password (in any language,
a question or not) on one of the two lines before, then a message that starts with an "it is" word (optional)
and the value.''',
  r2, KW_ML + KW_EN + KW_WIFI + ["login", "creds", "credentials", "usuario", "acceso", "acesso", "acces", "accès", "zugang", "toegang", "dostep", "dostęp", "tunnus", "inloggning"], CHAT,
  ["""14/11/26, 23:41 - Hector Ruiz: la HMI de la prensa 3 pide contraseña de mantenimiento otra vez
14/11/26, 23:43 - Lupita Garza: es GYXPI680, usuario MAINT""",
   """[12/03/2027, 05:12:44] Ingrid Holm: hva er passordet til crew-portalen?
[12/03/2027, 05:13:10] Lars Dahl: det er Nordlys2027!"""],
  ["""03/02/27, 21:10 - Camilo: el router pide contraseña otra vez
03/02/27, 21:12 - Diana: es la de siempre""",
   """03/02/27, 21:10 - Camilo: el router pide contraseña
03/02/27, 21:13 - Camilo: ok, ticket INC0048213 abierto""",
   """[12/03/2027, 05:20] Ingrid: what's the wifi password?
[12/03/2027, 05:22] Lars: flight SK4421 is delayed""",
   """{"user": "U1", "text": "new jenkins pw is in the vault"}
{"user": "U2", "text": "thanks! and grafana?"}"""], prefilter=r2_head))

# 2b: a question for a code or PIN (a password question is rule 2's), answered by the next message (chat text, HTML and JSON exports)
# the code words of words14's chat-reply-use-digits-after-code-question: a code after an article or a word naming
# what it opens (not error, exit, zip or source codes), PIN, passcode, combination
CODE_Q = alt(r"pin", r"pins", r"passcode", r"combo", r"combination", alt(r"a", r"an", r"the", r"new", r"that", r"this", r"door", r"alarm", r"gate", r"keypad", r"safe", r"lock", r"access", r"entry", r"unlock", r"override", r"supervisor", r"master", r"admin", r"panel", r"cabinet", r"lockbox", r"garage", r"disarm", r"arming", r"cage", r"room", r"van", r"vault") + r"[ \t]+code",
             r"c(?:ó|Ó|o)digo[ \t]+(?:de[ \t]+(?:acceso|acesso|la[ \t]+puerta|la[ \t]+alarma|desbloqueo)|del[ \t]+(?:port(?:ó|o)n|candado|alarma))", r"code[ \t]+(?:d'acc(?:è|e)s|de[ \t]+la[ \t]+porte|du[ \t]+cadenas)", r"zugangscode", r"t(?:ü|u)rcode", r"toegangscode", r"combinaci(?:ó|o)n", r"combinaison")
r2b = ("(?i:\\b" + CODE_Q + r")\b[^\n?]{0,80}\?[^\n]{0,80}\r?\n(?:[^\n]{0,200}\r?\n)??"
       + EXPORT_HEAD + "(?i:" + ANSWER_LEAD + r")?" + OPEN + "(" + VAL + ")" + TERM)
ALLOW2B = [r"^(?![0-9]{4,12}$)" + a[1:] if a.startswith("^(?![0-9]{6,12}$)") or a.startswith("^(?![a-z]{3,}") else a for a in ALLOW] + [r"^(?:19|20)[0-9]{2}$", r"^(?:0?1234(?:5(?:6(?:7(?:89?)?)?)?)?|4321|54321|9876|98765)$", r"^(?:8080|8443|8000|8008|8888|9000|9090|9200|9443|3389|5432|3306|1433|1521|5900|6379|27017|5672|2222|4443|5000|5001|3000|8081|8880|10443)$"]
rules.append(rule("chat-reply-answers-code-question", "Chat message that answers a question for a code, PIN or password on the message before (\"what's the code?\" then \"4572\")",
  '''Teams, Slack, WhatsApp exports (text, HTML, JSON): "Van 118 splicer is locked again, what's the code?" then
"4572, and please ...", "¿cuál es el código del portón?" then "es 8841": a message asking (with "?") for a code,
PIN or combination, then the next message starting with an "it is" word (optional) and the value; a
value of four or more digits is reported here (the question says it is a code).''',
  r2b, ["?"], CHAT,
  ["""<div class="message"><span class="from">Ana Lima</span><p>Cabinet 4 is locked, what's the code?</p></div>
<div class="message"><span class="from">Rui Costa</span><p>8316, lock it after</p></div>""",
   """{"user": "U02", "text": "what is the PIN for the dispensary safe?"}
{"user": "U07", "text": "5094 until friday"}""",
   """[03/02/27, 21:10] Camilo: cuál es el código del portón?
[03/02/27, 21:12] Diana: es 7741"""],
  ["""<div class="message"><span class="from">Ana</span><p>what's the code for the ticket?</p></div>
<div class="message"><span class="from">Rui</span><p>2026, the new one</p></div>""",
   """[03/02/27, 21:10] Camilo: is the door code still the same?
[03/02/27, 21:12] Diana: yes""",
   """{"text": "what's the PIN for the safe?"}
{"text": "ask the duty manager"}""",
   """21/11/2026, 23:12 - Ines: and the zip code for the courier?
21/11/2026, 23:13 - Rui: it's 90210""",
   """{"text": "the door code is still the default?"}
{"text": "1234 until the locksmith comes"}""",
   """<div class="message"><span class="from">Ana</span><p>which port does the code listen on?</p></div>
<div class="message"><span class="from">Rui</span><p>8443 I think</p></div>"""],
  allow=ALLOW2B, entropy=0.0, tags=("password", "pin", "chat", "context", "yields")))

# 2c: a question for a token or key, answered by a message that is the token alone (chat text, HTML and JSON exports)
TOKEN_Q = alt(r"token", r"tokens", r"api[ \t_\-]?key", r"key", r"secret", r"pat", r"webhook", r"bearer")
r2c = ("(?i:\\b" + TOKEN_Q + r")\b[^\n?]{0,80}\?[^\n]{0,80}\r?\n(?:[^\n]{0,200}\r?\n)??" + EXPORT_HEAD
       + r"[`'\"*]{0,2}([A-Za-z0-9_\-+/=.]{24,256})[`'\"*]{0,2}[ \t]*(?:[\"<]|\r?\n|$)")
rules.append(rule("chat-reply-token-after-token-question", "Chat message that is a token alone, answering a question for a token or key on the message before",
  '''Slack, Teams and WhatsApp exports: "the horde agent token for the new boxes?" then a message holding only a
random token of 24 characters or more.  The reply must be the whole message (nothing but the token), and random
(entropy; commit hashes and UUIDs are not read).''',
  r2c, ["token", "key", "secret", "pat", "webhook", "bearer"], CHAT,
  ['''{"ts": "1790400260.000400", "user": "U05F", "text": "also the agent token for the new build boxes?"},
{"ts": "1790400301.000500", "user": "U05L", "text": "Qk7v2WxRf4XT9sqPaSfQ5sf0sMFqimm8nJzXgPL92eAB"}''',
   """[12/03/2027, 05:12:44] Ingrid Holm: which api key does the exporter use?
[12/03/2027, 05:13:10] Lars Dahl: Rj4mW9qPz2LkX7vNc8Tb5sYh3Dg6Fa1E"""],
  ['''{"text": "which commit has the token refresh fix?"}
{"text": "9fceb02d0ae598e95dc970b74767f19372d61af8"}''',
   """[12/03/2027, 05:12] Ingrid: what's the key id of the new signing key?
[12/03/2027, 05:13] Lars: 3f2b8c1e-9a4d-4c7b-8e2f-1a6d5b9c0e3f""",
   """[12/03/2027, 05:12] Ingrid: where is the token kept?
[12/03/2027, 05:13] Lars: secretsmanager/prod/agent-token-rotation"""],
  allow=[r"^[0-9a-f]{7,64}$", r"^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}$",
         r"^[a-z][\w\-]*(?:/[\w\-.]+)+$", r"^[a-z][a-z0-9\-]*(?:\.[a-z][a-z0-9\-]*){2,}$"],
  entropy=3.5, tags=("token", "chat", "generic", "context", "yields")))

# 3
r3_head = "(?i:" + PW_ALL + ")"
r3 = (r3_head + r"[^\n]{0,120}?(?:[ \t](?i:" + alt(r"is", r"was", r"are", r"were", r"below", r"es", r"era", r"(?:é|É)", r"est", r"ist", r"war", r"lautet", r"unten", r"ci-dessous", r"abajo", r"abaixo", r"hieronder", r"poni(?:ż|z)ej", r"n(?:í|i)(?:ž|z)e", r"nedan", r"alla", r"sotto", r"ниже") + r")[ \t]*:?|:|：)[ \t]*\r?\n[ \t>]*"
      + r"[`'\"*]{0,2}([A-Za-z0-9!#%&+=?@^~_][A-Za-z0-9!#$%&+=?@^~_.\-|]{2,63})[`'\"*]{0,2}[ \t]*(?:\r?\n|$)")
rules.append(rule("prose-password-value-on-next-line", "Password alone on its line right after a line that names a password (\"the temporary password we used was\\n  Forge#7\")",
  '''A mail or note breaks the line before the value: "the temporary password we used was\\n  Forge#7", "Nowe hasło
... poniżej:\\n  Hangar#77", "das Kennwort ist unten:\\nSiegel#2291": a line naming a password that ends in
"is/was/below" (in any language) or a colon, then a line holding only the value.''',
  r3, KW_ML + KW_EN + KW_WIFI, PROSE,
  ["""- Our remote support account will be disabled by you; the temporary password we used was
  Forge#7""", """Die Archiv-PDFs haben Dokumentenschutz; das Kennwort ist unten:
Siegel#2291"""],
  ["""The password is:
see the vault""", """Das Kennwort ist unten:
siehe Tresor""", """Password policy below:
NIST800-63B""", """The password was
rotated"""], prefilter=r3_head,
  prefilter_note=PREFILTER_NOTE_WORDS))

# 4
r4_head = "(?i:" + PW_ALL + ")"
r4 = (r4_head + r"[^\n]{0,200}?(?:\r?\n[^\n]{0,200}?)?(?i:\b" + alt(r"working", r"current", r"new", r"correct", r"right", r"actual", r"valid", r"real", r"temporary", r"temp", r"live", r"good")
      + r"[ \t]+" + alt(r"value", r"one", r"string", r"entry", r"credential") + r")[ \t]+(?i:is|was|=|:|is[ \t]+now)[ \t]+" + OPEN + "(" + VAL + ")" + TERM)
rules.append(rule("prose-password-working-value", "Password given as \"the working/current/new value\" in the sentence after one that names a password",
  '''Postmortems and tickets name the password in one sentence and give it in the next: "the broker password ...
was rotated ... the old one. The working value is cell2025".''',
  r4, KW_ML + KW_EN + KW_WIFI, PROSE,
  ["""Cause: the broker password for kepbridge was rotated in the deployment but the agent still had
the old one. The working value is cell2025; the old one was disabled."""],
  ["""Cause: the gateway password was rotated.
The working value is stored in Secrets Manager.""", "The password was rotated. The new value is in the vault."], prefilter=r4_head,
  prefilter_note=PREFILTER_NOTE_WORDS))

# 5
CTX5 = alt(PW_ALL, r"unlock(?:ed)?", r"locked", r"lock[ \t-]?out", r"locked[ \t]out", r"reset", r"desbloque(?:ad[ao]|ar|o|é)", r"restablec(?:id[ao]|er|í)", r"r(?:é|e)initialis(?:é|e|er)", r"d(?:é|e)bloqu(?:é|e|er)",
           r"entsperrt", r"zur(?:ü|u)ckgesetzt", r"desbloquead[ao]", r"redefinid[ao]", r"ontgrendeld", r"odblokowan[eya]", r"kilidi", r"разблокирован")
r5_head = "(?i:" + CTX5 + ")"  # the context words: looked for alone (prefilter), the rest confirmed in the lines around
r5 = (r5_head + r"[^\n]{0,200}?(?:\r?\n[^\n]{0,200}?){0,4}?[ \t](?i:" + alt(r"set", r"changed", r"reset", r"updated", r"rotated", r"cambiad[ao]", r"puest[ao]", r"alterad[ao]", r"chang(?:é|e)", r"d(?:é|e)fini", r"ge(?:ä|a)ndert", r"gesetzt", r"gewijzigd", r"zmienion[eya]", r"(?:ä|a)ndrat")
      + r")(?:[ \t]+(?i:it|back|again))?(?:[ \t]+(?i:from)[ \t]+[^\n]{1,60}?)?[ \t]+(?i:to|a|en|auf|para|naar|na|på|sur|in)(?:[ \t]*:)?[ \t]+" + OPEN
      + "(" + r"[A-Za-z0-9!#%&+=?@^~_][A-Za-z0-9!#$%&+=?@^~_.\-/|]{4,62}[A-Za-z0-9!#$%&+=@^~_\-|]" + ")" + TERM)
rules.append(rule("prose-reset-set-to-value", "Password given as \"set/changed/reset to X\" in a note or ticket about a password reset or an unlock",
  '''"RFC_CRUCIBLE was set to Coolant7097$ and pushed to ECS" under a runbook on resetting a user's password,
"Account was locked. Unlocked and set to Tobias1985", "admin password changed from the factory default (easybot)
to: afi#1": a password word, a reset or an unlock on that line or up to four lines before, then "set/changed/reset
(from ...) to" in any of several languages and a value of six or more characters holding a digit.''',
  r5, KW_ML + KW_EN + KW_WIFI + ["unlock", "locked", "lockout", "lock-out", "reset", "desbloque", "restablec", "initialis", "bloqu", "entsperrt", "ckgesetzt", "redefinid", "ontgrendeld", "odblokowan", "kilidi", "разблокирован"], PROSE,
  ["MES service account was locked. Unlocked and set to Tobias1985, updated in the HMI runtime.",
   "PolyScope admin password changed from the factory default (easybot) to: Afi#12x",
   """Set a new password with the value you generate in the vault.

Last reset (2026-11-03, CHG0031877): RFC_CRUCIBLE was set to Coolant7097$ and pushed to ECS."""],
  ["Account was locked after 5 attempts. Unlocked and set to expire in 30 days.", "Password reset; timeout set to 300s and log level set to DEBUG2.",
   "* The default variant for the Argon2 password hasher is changed to Argon2id.",
   "Replication was set to RF3 after the reset.", "After the reset the firmware was changed to v4.2.1."],
  allow=ALLOW + [r"^(?i:expire|never|true|false|enabled|disabled|default|manual|auto)",
                # a hashing scheme (Django's release notes: "the default variant for the Argon2 password hasher is changed to Argon2id")
                r"^(?i:argon2(?:id|i|d)?|bcrypt(?:_sha256)?|scrypt|pbkdf2[\w\-]*|sha-?[0-9]+[\w\-]*|md5|aes-?[0-9]+[\w\-]*)$"], prefilter=r5_head,
  prefilter_note=PREFILTER_NOTE_RESET))

r5b = ("(?i:" + alt(PW_EN, PW_ML) + r")[^\n]{0,60}?[ \t](?i:" + alt(r"set", r"changed", r"reset", r"updated", r"rotated", r"cambiad[ao]", r"alterad[ao]", r"chang(?:é|e)", r"ge(?:ä|a)ndert", r"gewijzigd", r"zmienion[eya]")
      + r")(?:[ \t]+(?i:from)[ \t]+[^\n]{1,60}?)?[ \t]+(?i:to|a|en|auf|para|naar|na|på)[ \t]*:[ \t]*" + OPEN + "(" + VAL + ")" + TERM)
rules.append(rule("prose-password-changed-to-colon-value", "Password written after \"password ... changed (from ...) to:\" on one line",
  '''Handover notes: "PolyScope admin password changed from the factory default (easybot) to: afi#1", "Passwort
geändert auf: X": a password word, "set/changed/reset", an optional "from <old>", "to" and a colon, then the
value; a short value with a digit and a letter is reported (the sentence says it is the password).''',
  r5b, KW_EN + KW_ML, PROSE,
  ["PolyScope admin password changed from the factory default (easybot) to: afi#1", "Passwort geändert auf: kx#7"],
  ["Instrument PC admin password changed from the factory default to: the value in the vault", "password changed to: <new>"],
  tags=("password", "chat", "generic", "context", "yields", "password-literal")))

# 6
r6 = (r"(?:^|[^\w\-/.])(?i:" + alt(r"(?:know-how|source|block|project|write|read|access|sheet|workbook|vba|cpu|plc|bios|setup|file|pdf|zip|archive|backup|module|program|hmi|copy|edit|config(?:uration)?|safety)[ \t]+protection", PW_EN, r"pin", PW_ML)
      + r")(?:[ \t]+(?i:on|for|of|at|in|to|de|für|auf|pour|para|del|do|na)[ \t]+[^\n:=()\"]{1,60}?)?[ \t]*\([^()\n\"]{1,60}\)[ \t]*[:=][ \t]*" + OPEN + "(" + VAL + ")" + TERM)
rules.append(rule("prose-thing-protection-parenthetical-value", "Password or protection of a thing written with a parenthetical before the colon (\"know-how protection on FB 210 (servo tuning): X\")",
  '''PLC, HMI and document notes: "know-how protection on FB 210 (servo tuning): Sp1ndl3@81", "source protection on OB1
(choke control): X", "PIN for the safe (2nd floor): X", "Kennwort (Scanner im 2. OG): X": a password, PIN or
"<thing> protection" word, an optional "on/for <thing>", a parenthetical, a colon and the value.''',
  r6, ["protection"] + KW_EN + ["pin"] + KW_ML, PROSE,
  ["know-how protection on FB 210 (servo tuning): Sp1ndl3@81", "  source protection on OB1 (choke control): Ch0ke!Pad12"],
  ["know-how protection on FB 210 (servo tuning): enabled", "write protection (all blocks): none", "password (min length): 12chars",
   "access protection on CPU (see TIA-1200): INC0048213"]))

# 7
USER_W = alt(r"admin", r"administrator", r"user", r"username", r"login", r"account", r"usuario", r"utilisateur", r"identifiant", r"benutzer(?:name)?", r"utente", r"gebruiker", r"u(?:ż|z)ytkownik", r"u(?:ž|z)ivatel", r"anv(?:ä|a)ndare", r"k(?:ä|a)ytt(?:ä|a)j(?:ä|a)", r"kullan(?:ı|i)c(?:ı|i)", r"пользователь", r"логин", r"ユーザー", r"用户", r"usu(?:á|a)rio")
r7 = (r"(?:^|[^\w\-/.])(?i:" + USER_W + r")(?:[ \t]+[A-Za-z][\w\-]{1,29})?(?:[ \t]+(?i:is|es|est|ist|é|:)|[ \t]*:)?[ \t]+[`'\"*]{0,2}[A-Za-z][\w.@\\\-]{1,39}[`'\"*]{0,2}[ \t]*[,;/]?[ \t]+(?i:and[ \t]+|y[ \t]+|et[ \t]+|und[ \t]+|e[ \t]+|en[ \t]+|och[ \t]+|ja[ \t]+)?(?:(?i:the|la|el|le|das|het|a|o)[ \t]+)?(?i:" + alt(PW_EN, PW_ML) + r")(?:[ \t]+(?i:" + IS_WORDS + r"))?[ \t]*[:=]?[ \t]+"
      + r"[`'\"*]{1,2}(" + VAL + r")[`'\"*]{1,2}" + r"(?:[.,;:)!?]|。|，|、)?(?:[\s\"'`\\<]|$)")
ALLOW7 = [a for a in ALLOW if not a.startswith("^(?![a-z]{3,}") and not a.startswith("^[A-Za-z]{2,6}[0-9]")] + [r"^[a-z]+$", r"^[a-z0-9._\-]*[a-z][a-z0-9._\-]*[._\-][a-z0-9._\-]*$"]
rules.append(rule("prose-user-then-password-quoted", "User and password named together in a note, the password quoted (\"admin is `ftadmin`, password `afi1`\")",
  '''Runbooks name the account and its password in one breath: "the directory admin is `ftadmin`, password `afi1`",
"identifiant `supnoc`, mot de passe `sup4noc`": a user word (in several languages) and a user name, then a
password word and a quoted value; with the user beside it a short lower-case value with a digit is reported.''',
  r7, ["admin", "user", "login", "account", "usuario", "usuário", "utilisateur", "identifiant", "benutzer", "utente", "gebruiker", "uzytkownik", "użytkownik", "uzivatel", "uživatel", "användare", "anvandare", "käyttäjä", "kayttaja", "kullanıcı", "kullanici", "пользователь", "логин", "ユーザー", "用户"], PROSE,
  ["3. For the DAY1 press line the FactoryTalk Security directory admin is `ftadmin`, password `afi1`.",
   "- identifiant supervision `supnoc`, mot de passe `sup4noc`."],
  ["- identifiant `supnoc`, mot de passe dans le coffre.", "the admin is `ftadmin`, password `<password>`", "user `svc`, password `${SVC_PASSWORD}`"],
  allow=ALLOW7, tags=("password", "chat", "generic", "context", "yields", "password-literal")))

# 8
r8 = (r"(?i:\b" + alt(r"wi-?fi", r"wlan", r"wireless", r"ssid") + r")(?:[ \t]+[^\n:=,;?!/]{1,40}?)?(?:[ \t]+(?i:" + IS_WORDS + r")|[ \t]*:|[ \t]*：)[ \t]+[`'\"*]{0,2}[A-Za-z0-9][\w.\-]{1,31}[`'\"*]{0,2}[ \t]+/[ \t]+" + OPEN + "(" + VAL + ")" + TERM)
rules.append(rule("prose-wifi-ssid-slash-key", "Wi-Fi network and key written as \"SSID / key\" in a note or message, in any language",
  '''"el wifi de las terminales es AF-SCAN / 8W8K1ICDSEB0", "Wi-Fi: GUEST-5G / Kx8Rq2Vw9", "o wifi da sala é P61-CTRL /
X": a Wi-Fi word, an optional "of/de <place>", an "is" word or a colon, the network name, " / " and the key.''',
  r8, ["wifi", "wi-fi", "wlan", "wireless", "ssid"], PROSE,
  ["15/11/26, 06:02 - Lupita Garza: el wifi de las terminales es AF-SCAN / 8W8K1ICDSEB0", "o wifi da sala de bombas é P61-PUMP / Bomba2027x"],
  ["Wi-Fi: 2.4 GHz / 5 GHz", "wifi is GUEST / open", "Wi-Fi: CORP / see the vault", "WLAN: SSID / PSK"]))

# 9
ACCT = alt(r"(?:svc|srv|sa|sys|app|bot|scan|backup|batch|etl|sql|db|ldap|smtp|ftp|sftp|kiosk|pos|store|shop|print|scanner)[_\-][A-Za-z0-9][\w.\-]{1,30}",
           r"[A-Za-z][\w.\-]{1,30}[_\-](?:svc|srv|service|sa|bot|admin|adm|sys)")
r9 = (r"(?:^|[\s(,;:])" + ACCT + r"[ \t]+(?i:" + alt(PW_EN, PW_ML) + r")(?:[ \t]+(?i:" + IS_WORDS + r")|[ \t]*[:=])?[ \t]+" + OPEN + "(" + VAL + ")" + TERM)
rules.append(rule("prose-service-account-password-value", "Service account named right before its password in a note or ticket (\"svc-storepc password kvc1\")",
  '''Work notes and tickets: "Remapped with net use, svc-storepc password kvc1 (was expired)", "svc_lims password is
lab7q", "etl-loader passwort: ab12x": a service account name (svc-, sa_, etl-, ...-svc, ...-admin), then a
password word in any language, an optional "is" word or colon, then the value; with the account beside it a short
lower-case value with a digit is reported.''',
  r9, KW_EN + KW_ML, PROSE,
  ["2026-11-03 14:22 Remapped with net use, svc-storepc password kvc1 (was expired).", "- sa_lims password is lab7q until the cutover",
   "Ticket note: courier-svc passwort: frt4x"],
  ["svc-storepc password reset (was expired)", "svc_lims password is in the vault", "svc-backup password: ${BACKUP_PW}",
   "svc-storepc password expired", "svc-storepc password policy v2"],
  allow=ALLOW7, tags=("password", "chat", "generic", "context", "yields", "password-literal")))

open(__import__("pathlib").Path(__file__).resolve().parents[1] / "credgate/linter/rules/words15.toml", "w", encoding="utf-8").write(HEADER + "\n" + "\n".join(rules))
print("written")
