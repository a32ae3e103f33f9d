"""A password told in people's words, in any language (session 15, mechanism D; words15.toml).

One vocabulary (password words in ~30 languages, "is"/"now"/"for" words, Wi-Fi key words) read by a few shapes:
a password word then "is"/colon/particle and the value; a chat message answering one that names a password;
a value alone on the line after "... was"/"... below:"; "the working value is X" after a password sentence;
"set/changed to X" under a reset or an unlock; "<thing> protection on X (...): value"; "admin is `u`, password
`p`"; "wifi ... es SSID / key".  Fixtures from telecom, law, oil and gas, airlines, pharma and shipping; the
clean files hold the look-alikes (vault references, placeholders, hashes, ticket ids, units, prose).

Fixtures: tests/fixtures/s15_prose/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s15_prose"

# (file under hit/, line) -> (rule, secret); "Liman2027*" loses its "*" (markdown emphasis is not read as the value)
HITS = {
    ('airline/crew-chat.txt', 2): ('chat-reply-answers-password-message', 'Nordlys2027!'),
    ('airline/crew-chat.txt', 3): ('prose-password-word-any-language', 'Revontuli88'),
    ('airline/crew-chat.txt', 4): ('prose-password-word-any-language', 'Flyg#4421'),
    ('airline/ops-mail.eml', 6): ('prose-password-word-any-language', 'Boeing737!Kr'),
    ('airline/ops-mail.eml', 8): ('prose-password-value-on-next-line', 'Hangar#77'),
    ('airline/ops-mail.eml', 9): ('prose-password-word-any-language', 'Tisk2027cz'),
    ('law/mandanten-notizen.txt', 2): ('prose-password-word-any-language', 'Akte7731Rk'),
    ('law/mandanten-notizen.txt', 3): ('prose-password-word-mixed-value', 'Notar-558'),
    ('law/mandanten-notizen.txt', 5): ('prose-password-value-on-next-line', 'Siegel#2291'),
    ('law/ticket-HD-4471.json', 5): ('prose-reset-set-to-value', 'Brief2027x'),
    ('oilgas/plataforma-notas.txt', 2): ('prose-password-word-any-language', 'Poco61@Rj'),
    ('oilgas/plataforma-notas.txt', 3): ('prose-password-word-any-language', 'Offsh0re2027'),
    ('oilgas/plataforma-notas.txt', 4): ('prose-wifi-ssid-slash-key', 'Bomba2027x'),
    ('oilgas/postmortem-scada.md', 4): ('prose-password-working-value', 'rtu4451'),
    ('oilgas/rtu-protection.txt', 3): ('prose-thing-protection-parenthetical-value', 'Ch0ke!Pad12'),
    ('pharma/lab-notes-jp.md', 3): ('prose-password-word-any-language', 'Lc2027#Kyoto'),
    ('pharma/lab-notes-jp.md', 4): ('prose-password-word-any-language', 'Shanghai#88'),
    ('pharma/lab-notes-jp.md', 5): ('prose-password-word-any-language', 'QmsLab2027'),
    ('pharma/lab-notes-jp.md', 6): ('prose-password-word-any-language', 'Seoul2027!'),
    ('pharma/lab-notes-jp.md', 7): ('prose-password-word-any-language', 'Limslab77'),
    ('pharma/runbook-lims.md', 5): ('prose-reset-set-to-value', 'Reagent4481$'),
    ('pharma/runbook-lims.md', 6): ('prose-reset-set-to-value', 'hplc#7'),
    ('shipping/chat-terminal.txt', 2): ('prose-password-word-any-language', 'Liman2027'),
    ('shipping/chat-terminal.txt', 3): ('prose-password-word-any-language', 'Koel#4412'),
    ('shipping/chat-terminal.txt', 4): ('prose-password-word-any-language', 'Porto77!ge'),
    ('shipping/vessel-notes.txt', 2): ('passphrase-assignment', 'Tern-Bridge-5520'),
    ('shipping/vessel-notes.txt', 3): ('prose-password-word-any-language', 'Kx8Rq2Vw9Lm'),
    ('telecom/handover-lyon.md', 3): ('prose-password-word-any-language', 'Kv9ruLp3'),
    ('telecom/handover-lyon.md', 4): ('prose-password-word-any-language', 'Fibre2027!'),
    ('telecom/handover-lyon.md', 5): ('prose-user-then-password-quoted', 'sup4noc'),
    ('telecom/whatsapp-noc-bogota.txt', 2): ('chat-reply-answers-password-message', 'Torre14#Bq'),
    ('telecom/whatsapp-noc-bogota.txt', 4): ('prose-password-word-any-language', 'QZ7-ANTENA-91'),
}


def test_people_words_in_any_language_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_placeholders_and_prose_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_fallback_matcher_reads_non_ascii_keywords() -> None:
    from credgate.config import Config
    from credgate.linter.engine import Engine

    eng = Engine(Config(), matcher="python", iac=False)
    for text in ("ПАРОЛЬ: Limslab77\n", "Пароль: Limslab77\n", "CONTRASEÑA: Torre14#Bq\n"):
        got = [f.rule_id for f in eng.scan_bytes(text.encode(), "notes/x.txt")]
        # read by the any-language prose rule or the any-language key rule (names16): both hold the non-ASCII word
        assert {"prose-password-word-any-language", "config-key-password-any-language"} & set(got), (text, got)
