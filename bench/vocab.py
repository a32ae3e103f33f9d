"""The one vocabulary of secret names that credgate's generated rule packs share (session 16, issue 17).

Password words in ~30 languages in two spellings: as people write them in prose (PW_ML: "mot de passe") and as
programmers write them in a key or identifier (IDENT_PW_ML: MOT_DE_PASSE, motDePasse, Contrasena, hasło_db), with
the "is"/"now"/"for" words of those languages.  bench/gen_words15.py (people's words) and bench/gen_names16.py
(key names in configs, XML attributes and elements, SQL settings rows) read it, so a word added here reaches
every shape.  The scan reads bytes: (?i) folds ASCII only, so non-ASCII letters are spelled with their capital
and unaccented forms.
"""

def alt(*xs): return "(?:" + "|".join(xs) + ")"

# password words in many languages; non-ASCII letters spelled with their capital and unaccented forms
# (the scan is on bytes: (?i) folds ASCII only)
PW_ML = alt(
  r"contrase(?:ñ|Ñ|n)a", r"senha", r"mot[ \t]de[ \t]passe", r"mdp", r"passwort", r"kennwort", r"wachtwoord",
  r"has(?:ł|Ł|l)o", r"heslo", r"l(?:ö|Ö|o)senord(?:et)?", r"passord(?:et)?", r"adgangskode(?:n)?", r"kodeord(?:et)?",
  r"salasana", r"(?:ş|Ş|s)ifre(?:si|niz)?", r"parola(?:[ \t]d'ordine)?", r"jelsz(?:ó|Ó|o)", r"kata[ \t]sandi",
  r"m(?:ậ|Ậ|a)t[ \t]kh(?:ẩ|Ẩ|a)u", r"パスワード", r"暗証番号", r"密码", r"密碼", r"口令", r"비밀번호", r"패스워드",
  r"비번", r"(?:п|П)ароль", r"ПАРОЛЬ", r"κωδικός", r"סיסמה", r"كلمة[ \t]المرور", r"كلمة[ \t]السر", r"पासवर्ड", r"รหัสผ่าน",
  r"clave", r"c(?:ó|o)digo[ \t]de[ \t]acceso", r"code[ \t]d'acc(?:è|e)s", r"zugangscode", r"toegangscode",
)
PW_EN = alt(r"password", r"passwd", r"passphrase", r"pass[ \t]phrase", r"passcode", r"pw", r"pwd")
WIFI_KEY = alt(r"(?:wi-?fi|wlan|wpa2?|ssid)[ \t\-]+" + alt(r"key", r"psk", r"chave", r"cl(?:é|É|e)", r"schl(?:ü|Ü|u)ssel", r"sleutel", r"klucz", r"nyckel(?:n)?", r"avain"))
PW_ALL = alt(PW_EN, PW_ML, WIFI_KEY)
# "is" in many languages (ASCII words read with (?i), then CJK particles)
IS_WORDS = alt(r"is", r"was", r"are", r"es", r"era", r"est", r"c'est", r"ist", r"lautet", r"war", r"(?:é|É)", r"(?:è|È)",
               r"(?:ä|Ä)r", r"var", r"er", r"on", r"oli", r"je", r"jest", r"to", r"este", r"adalah", r"là")
NOW_WORDS = alt(r"now", r"still", r"currently", r"ahora", r"agora", r"maintenant", r"jetzt", r"nu", r"teraz", r"nyt",
                r"nyní", r"(?:ş|s)imdi", r"сейчас", r"теперь", r"ora", r"nog")
CJK_IS = alt(r"は", r"是", r"为", r"為", r"는", r"은", r"：", r"[ \t](?:—|–|-)")
QUAL_WORDS = alt(r"de", r"del", r"da", r"do", r"des", r"du", r"für", r"fur", r"van", r"voor", r"dla", r"do", r"för", r"til",
                 r"for", r"on", r"of", r"per", r"di", r"della", r"del", r"k", r"ke", r"na", r"pro", r"od", r"от", r"для", r"к")

# the same words as a key or identifier writes them: separators "_", "-", "." or none between the parts,
# any case (the rules read them with (?i)); "mdp" and "pwd"-like abbreviations need a segment of their own
SEP = r"[_\-.]?"
IDENT_PW_ML = alt(
  r"contrase(?:ñ|Ñ|n)a", r"senha", r"mot" + SEP + r"de" + SEP + r"passe", r"motdepasse", r"passwort", r"kennwort",
  r"wachtwoord", r"has(?:ł|Ł|l)o", r"heslo", r"l(?:ö|Ö|o)senord", r"passord", r"adgangskode", r"kodeord",
  r"salasana", r"(?:ş|Ş|s)ifre", r"jelsz(?:ó|Ó|o)", r"kata" + SEP + r"sandi", r"mat" + SEP + r"khau",
  r"c(?:ó|o)digo" + SEP + r"(?:de" + SEP + r")?acceso", r"zugangs" + SEP + r"code", r"toegangs" + SEP + r"code",
  r"clave", r"(?:п|П)ароль", r"ПАРОЛЬ", r"パスワード", r"密码", r"密碼", r"비밀번호",
)
# a word that is a password word only as a whole segment of a key (MDP=, db_mdp, parola=, PAROLA_DB)
IDENT_PW_ML_SEGMENT = alt(r"mdp", r"parola")

# value judge shared by these rules: a value must hold a digit (or be a capitalised word with a symbol);
# words of the sentence, ticket ids, versions, units, hash names, standards, placeholders, hosts and
# addresses are not reported
ALLOW = [
  r"^(?![A-Za-z]{5,}[#$%&*+=@^~!]{1,3}$)(?![A-Za-z]*[a-z][A-Z][A-Za-z]*[!#$%&*+=?@^~]{1,3}$)(?!(?=.{8,})(?=[^a-z]*[a-z])(?=[^A-Z]*[A-Z])[A-Za-z\-]+[!#$%&*+=?@^~|][^\s]*[A-Za-z])[^0-9]+$",
  r"^(?![0-9]{6,12}$)[^A-Za-z]+$",
  r"^(?:0?123456(?:7(?:8(?:90?)?)?)?|654321|87654321|(?:0+|1+|2+|3+|4+|5+|6+|7+|8+|9+)|[1-9]0{3,}|(?:19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]))$",
  r"^(?![a-z]{3,}[0-9]{2,8}[!#$%&*+=?@^~]{0,3}$)[a-z0-9._\-]+$",
  r"^v?[0-9]+(?:\.[0-9]+)+",
  r"^[0-9]+(?i:st|nd|rd|th|x|px|ms|s|m|h|d|w|y|am|pm|gb|mb|kb|min|mins|sec|secs|days?|hours?|hrs?|chars?|characters?|digits?|bytes?|bits?|caract(?:e|è)res|zeichen|tecken|merkki(?:ä)?|\+)$",
  r"^(?:[A-Z]{1,4}[-_ ]?[0-9]{4,}|[A-Z][A-Z0-9]{1,9}-[0-9]+)[A-Za-z]?$",
  r"^[A-Za-z]{2,6}[0-9](?:\.[0-9])?$",
  r"^(?i:sha|md|argon|pbkdf|bcrypt|scrypt|aes|rsa|des|base|utf|pkcs|x|rot|rfc|iso|nbr|din|en|ssha|crypt|ntlm|nist|fips|soc|pci|tls|tlsv|ssl|mfa|totp|hotp|policy|version|level|step|page|section|rule|option|attempt|hash|field|input|len|length|windows|win|office|server|ipv|http|https|wpa|wep|ch|vlan|eth|port|rev|build|sprint|ticket|inc|chg|ritm|kb|cve|gpio|python|node|java|jdk|php|fy|q|sku|po|wo)[\-_]?[0-9][0-9.]*(?:[\-_][A-Za-z0-9]+)*[a-z]?$",
  r"^(?i:1password|(?:p@ssw0rd|passw0rd|password|welcome|changeme|change_me|letmein|contrase(?:n|ñ)a|senha|passwort|kennwort|wachtwoord|haslo|heslo|salasana|sifre|admin|test|example|sample|dummy|fake|demo|secret|qwerty)[0-9]*[!@#$%?.]*)$",
  r"^(?i:x{3,}|\*+|n/?a|tbd|none|null|redacted|hidden|masked|placeholder)$",
  r"@[\w\-]+\.[\w.\-]+$",
  r"://",
  r"[/\\]",
  r"^[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.(?i:com|net|org|io|local|lan|corp|internal|example|de|fr|es|br|mx|pl|cz|se|fi|no|nl|it|jp|cn|kr|ru|tr|uk|txt|md|pdf|xlsx|docx|csv|log|json|ya?ml|ini|cfg|conf|exe|zip)$",
  r"^[0-9]+[a-z]+(?:-[a-z]+)*$",
  r"^[0-9]{1,2}:[0-9]{2}",
  # a chat reply that is a word of thanks or assent ("thanks!", "ok!", "gracias!"), not a value
  r"^(?i:thanks|thank[ \t]you|thx|ty|ok|okay|yes|yeah|yep|nope|sure|great|cool|perfect|done|nice|awesome|got[ \t]it|gracias|obrigad[oa]|merci|danke|perfecto|listo|vale|super|prima|tack|kiitos)[!.?]*$",
]
