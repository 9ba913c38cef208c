"""Personal names: tidy what was typed, and a key that finds the same person written differently
("H. Moh. Rizky Pratama, S.Pd." and "muhammad rizky pratama")."""

from __future__ import annotations

import re
import unicodedata

from psmdesk.domain.issues import Issue

MAX_NAME_LENGTH = 100

# Religious and academic titles written before a name. Compared without dots and case.
_PREFIX_TITLES = frozenset({
    "h", "hj", "haji", "hajjah", "hajah", "dr", "drs", "dra", "ir", "prof", "kh", "ust",
    "ustadz", "ustaz", "ustadzah", "ustazah", "tn", "ny", "nn", "sdr", "sdri", "bpk", "bp", "ibu",
})
# Degrees written after a name (Indonesian style, usually after a comma).
_DEGREES = frozenset({
    "spd", "spdi", "pd", "se", "sh", "shi", "skom", "amd", "amdkeb", "amdkep", "amdkes", "ama", "apd",
    "ssos", "sag", "sip", "ssi", "st", "sked", "skep", "skm", "sfarm", "sgz", "spsi", "sth", "sthi",
    "ssn", "ssy", "sas", "sikom", "sik", "ssit", "str", "sst", "ns", "ak", "apt", "mpd", "mpdi", "mm",
    "msi", "mh", "mkes", "mag", "mkom", "mt", "msc", "ma", "mba", "me", "mhum", "mkn", "msos",
    "bsc", "ba", "phd", "dr", "drs", "dra", "ir", "sp", "spa", "spog", "sppd", "dsc", "lc",
})
_MUHAMMAD = frozenset({
    "muhammad", "muhamad", "mohammad", "mohamad", "muhammed", "mohammed", "mohamed", "muhamed",
    "moh", "moch", "mochammad", "mochamad", "muchammad", "muchamad", "mukhammad", "mokhammad",
    "muh", "mhd", "mhmd", "mohd", "muhd", "mochd",
})
_ABDUL = frozenset({"abdul", "abd", "abdoel"})
# "bin" and "binti" (son/daughter of) stay lower case inside a name.
_LOWER_PARTICLES = frozenset({"bin", "binti"})
_KNOWN = _PREFIX_TITLES | _DEGREES | _MUHAMMAD | _ABDUL

_CONTROL = re.compile(r"[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]")
_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc`\u00b4]")
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_DIGIT = re.compile(r"[0-9]")


def clean_name(s: str | None) -> str:
    """Trims, collapses spaces and drops invisible characters; keeps the case the user typed
    (KK names are often all capitals) unless it is all lower case, which gets capitals."""
    if s is None:
        return ""
    text = _CONTROL.sub(" ", unicodedata.normalize("NFC", str(s)))
    text = " ".join(text.split())
    if text and text == text.lower() and text != text.upper():
        words = text.split(" ")
        text = " ".join(
            w if i > 0 and w in _LOWER_PARTICLES else _capitalise(w) for i, w in enumerate(words)
        )
    return text


def _capitalise(word: str) -> str:
    # Not str.title(), which gives "Nur'Aini". Capitals after "." and "-" give "S.Pd." and "Siti-Aminah".
    return re.sub(r"(^|[.\-])(\w)", lambda m: m[1] + m[2].upper(), word)


def _plain(token: str) -> str:
    return _NOT_WORD.sub("", _APOSTROPHES.sub("", token))


def _fold(s: str) -> str:
    decomposed = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    for token in re.split(r"[\s\-\u2010-\u2015]+", text):
        plain = _plain(token)
        if not plain:
            continue
        # "Moh.Rizky" typed without a space is two words; "S.Pd." is one degree.
        if "." in token.strip(".") and plain not in _KNOWN:
            out.extend(part for part in token.split(".") if _plain(part))
        else:
            out.append(token)
    return out


# Most names are ASCII letters and spaces only: for them folding, punctuation and dotted titles are
# no-ops, and the words are just the lower-cased text split at spaces (a bundle import keys every
# member it receives, so this path is measured: ~4x faster than the general one).
_PLAIN_NAME = re.compile(r"[A-Za-z ]*")


def _folded_tokens(text: str) -> list[str]:
    """The words of any name: accents folded, punctuation dropped, degrees after a comma dropped."""
    text = _fold(_CONTROL.sub(" ", text))
    main, _, tail = text.partition(",")
    tokens = [_plain(t) for t in _tokens(main)]
    # Text after a comma is kept only when it is not a degree: "Pratama, Rizky" stays whole.
    tokens += [p for p in (_plain(t) for t in _tokens(tail.replace(",", " "))) if p not in _DEGREES]
    return tokens


def name_key(s: str | None) -> str:
    """A matching key, not a display form: casefolded, accents, titles and degrees removed,
    spelling variants of Muhammad and Abdul unified, punctuation dropped."""
    if s is None:
        return ""
    text = str(s)
    tokens = text.lower().split() if _PLAIN_NAME.fullmatch(text) else _folded_tokens(text)
    while len(tokens) > 1 and tokens[0] in _PREFIX_TITLES:
        tokens.pop(0)
    while len(tokens) > 1 and tokens[-1] in _DEGREES:
        tokens.pop()
    words: list[str] = []
    for position, token in enumerate(tokens):
        if token in _MUHAMMAD or (position == 0 and token == "m" and len(tokens) > 1):
            token = "muhammad"
        elif token in _ABDUL:
            token = "abdul"
        words.append(token)
    return " ".join(words)


def name_error(s: str | None, field: str = "name") -> Issue | None:
    name = clean_name(s)
    if not name:
        return Issue(field, "required", "Nama wajib diisi")
    if _DIGIT.search(name):
        return Issue(field, "digits", "Nama tidak boleh berisi angka")
    if sum(c.isalpha() for c in name) < 2:
        return Issue(field, "too_short", "Nama terlalu pendek")
    if len(name) > MAX_NAME_LENGTH:
        return Issue(field, "too_long", f"Nama terlalu panjang (paling banyak {MAX_NAME_LENGTH} huruf)")
    return None
