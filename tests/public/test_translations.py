"""Every interface string has its Indonesian translation, and the committed .mo is the
compiled form of the .po (a msgid added without `make messages` fails here)."""
import re
from pathlib import Path

from django.utils import translation

import summits

PO = Path(summits.__file__).parent / "locale" / "id" / "LC_MESSAGES" / "django.po"


def entries():
    """(msgid, msgstr) of the singular entries of the .po, continuation lines joined."""
    text = PO.read_text(encoding="utf-8")
    pairs = []
    for block in text.split("\n\n")[1:]:
        if "msgid_plural" in block or block.lstrip().startswith("#~"):
            continue
        msgid = re.search(r'^msgid ((?:".*"\n?)+)', block, re.M)
        msgstr = re.search(r'^msgstr ((?:".*"\n?)+)', block, re.M)
        if msgid and msgstr:
            join = lambda s: "".join(re.findall(r'"(.*)"', s)).encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
            pairs.append((join(msgid.group(1)), join(msgstr.group(1))))
    return pairs


def test_every_string_is_translated_and_compiled():
    pairs = entries()
    assert len(pairs) > 150
    untranslated = [msgid for msgid, msgstr in pairs if not msgstr]
    assert untranslated == []
    with translation.override("id"):
        stale = [msgid for msgid, msgstr in pairs if translation.gettext(msgid) != msgstr]
    assert stale == [], "run `make messages` to compile the .mo"


def test_plural_forms_work_in_indonesian():
    with translation.override("id"):
        assert translation.ngettext("%(n)s source", "%(n)s sources", 4) % {"n": 4} == "4 sumber"
