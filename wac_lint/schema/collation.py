"""Key order of wmill's YAML: `localeCompare` on `prioritizeName(key)`.

wmill sorts every mapping it writes with
`prioritizeName(a).localeCompare(prioritizeName(b))`; `localeCompare` is ICU's
root collation (Node's default locale). This module reproduces that order
exactly for ASCII keys (the table below is Node's own order of the printable
ASCII characters) and approximates it for other characters: accents are a
secondary difference, letter case a tertiary one, a few Latin letters expand
(`ß` = `ss`), compatibility characters sort as what they stand for with a
tertiary difference (`ﬁ` as `fi`, `𝐚` and `ａ` as `a`, `²` as `2`), and letters
of other scripts sort after Latin by code point.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

# wmill's prioritizeName(): well-known keys are renamed before comparison.
PRIORITY = {
    "version": "aaa",
    "id": "aa",
    "type": "ab",
    "summary": "ad",
    "name": "ae",
    "display_name": "af",
    "description": "ag",
    "value": "ah",
    "content": "ai",
    "modules": "aj",
    "failure_module": "ak",
    "input_transforms": "al",
    "lock": "az",
    "locks": "azz",
}

# Node: the printable ASCII characters sorted with localeCompare; letters pair
# up (lower before upper) because case is only a tertiary difference.
_ASCII_ORDER = " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz"
_WHITESPACE = "\t\n\v\f\r\x85\u2028\u2029"  # before the space, in this order
_PRIMARY: dict[str, int] = {}
for _rank, _ch in enumerate(_WHITESPACE + _ASCII_ORDER):
    _PRIMARY[_ch] = _rank + 1
    if _ch.isalpha():
        _PRIMARY[_ch.upper()] = _rank + 1
# Latin letters that are not a base letter plus combining marks in Unicode but
# that ICU sorts as one (expansions) or as a letter with a secondary mark.
_EXPANSIONS = {
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ĳ": "ij",
    "Ĳ": "IJ",
}
_MARKED = {"ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "ħ": "h", "Ħ": "H"}
_OTHER_BASE = 10_000  # letters of other scripts: after Latin, by code point
# ICU's secondary order of the common combining marks (acute before grave, ...).
_MARK_ORDER = {
    m: i + 1
    for i, m in enumerate(
        "\u0301\u0300\u0306\u0302\u030c\u030a\u0308\u030b\u0303\u0307\u0338\u0327\u0328\u0304"
    )
}


# Tertiary weights (after the primary and secondary ones tie): ICU's root order
# puts a lowercase letter first, then its compatibility variants by the tag of
# their Unicode decomposition, then the uppercase letter and its variants, then
# superscripts, subscripts and the other tagged forms (UCA's tertiary table).
_LOWER, _UPPER, _EXPANDED = 2, 8, 40
_COMPAT_TERTIARY = {
    "wide": (3, 9),
    "compat": (4, 10),
    "font": (5, 11),
    "circle": (6, 12),
    "small": (13, 13),
    "narrow": (14, 14),
    "initial": (16, 16),
    "medial": (17, 17),
    "final": (18, 18),
    "isolated": (19, 19),
    "super": (20, 26),  # `ᴱ` after `ₑ` (windmill-oracle)
    "sub": (21, 27),
    "vertical": (22, 22),
    "square": (23, 23),
    "noBreak": (27, 27),
    "fraction": (30, 30),
}


def sort_name(key: str) -> str:
    return PRIORITY.get(key, key)


@lru_cache(maxsize=4096)
def collation_key(text: str) -> tuple[tuple[float, ...], tuple[int, ...], tuple[int, ...]]:
    """A key whose tuple order is ICU's root order for `text` (see module doc)."""
    primary: list[float] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    for ch in _compatibility_expanded(unicodedata.normalize("NFD", text)):
        tag = None
        if isinstance(ch, tuple):  # a part of a compatibility character's decomposition
            ch, tag = ch
        ch = _EXPANSIONS.get(ch, ch)
        if len(ch) > 1:  # an expansion: several primary weights, marked tertiary
            for part in ch:
                primary.append(_PRIMARY[part])
                secondary.append(0)
                tertiary.append(_EXPANDED + 1 if part.isupper() else _EXPANDED)
            continue
        code = ord(ch)
        if unicodedata.combining(ch):
            # A combining mark changes the preceding letter at the secondary level.
            if secondary:
                secondary[-1] = secondary[-1] * 1000 + _MARK_ORDER.get(ch, 100 + code)
            continue
        if _ignorable(ch):
            continue  # completely ignorable in ICU's root collation
        if ch != " " and unicodedata.category(ch) == "Zs":
            primary.append(_PRIMARY[" "])  # other spaces: the space, tertiary difference
            secondary.append(0)
            tertiary.append(_LOWER + 1)
            continue
        mark = 0
        if ch in _MARKED:
            ch, mark = _MARKED[ch], code
        weight: float | None = _PRIMARY.get(ch)
        if weight is None:
            weight = _other_weight(ch)
        primary.append(weight)
        secondary.append(mark)
        if tag is not None:
            lower, upper = _COMPAT_TERTIARY.get(tag, (_LOWER + 1, _UPPER + 1))
            tertiary.append(upper if ch.isupper() else lower)
        else:
            tertiary.append(_UPPER if ch.isupper() else _LOWER)
    return tuple(primary), tuple(secondary), tuple(tertiary)


def _compatibility_expanded(text: str) -> list[str | tuple[str, str]]:
    """`text` with each compatibility character (a decomposition tagged `<font>`,
    `<compat>`, `<super>`, ...) replaced by its parts, each paired with the tag."""
    out: list[str | tuple[str, str]] = []
    for ch in text:
        decomposition = unicodedata.decomposition(ch)
        if not decomposition.startswith("<"):
            out.append(ch)
            continue
        tag = decomposition[1 : decomposition.index(">")]
        for part in unicodedata.normalize("NFKD", ch):
            # a combining mark of the decomposition (`ǆ` = d z + caron) stays a mark
            out.append(part if unicodedata.combining(part) else (part, tag))
    return out


def mapping_sort_key(key: str) -> tuple[tuple[float, ...], tuple[int, ...], tuple[int, ...]]:
    return collation_key(sort_name(key))


def _ignorable(ch: str) -> bool:
    if ch in _WHITESPACE:
        return False
    code = ord(ch)
    return code < 0x20 or 0x7F <= code <= 0x9F or unicodedata.category(ch) == "Cf"


def _other_weight(ch: str) -> float:
    """Non-ASCII characters: symbols before digits, digits by value, letters after Latin."""
    category = unicodedata.category(ch)
    fraction = ord(ch) / 10_000_000
    if category == "Sc":  # currency symbols follow `$`
        return _PRIMARY["$"] + 0.5 + fraction
    if category[0] == "S":  # other symbols follow the ASCII ones, before `$`
        return _PRIMARY["~"] + 0.5 + fraction
    if category[0] == "P":  # punctuation before the symbols
        return _PRIMARY["%"] + 0.5 + fraction
    if category == "Nd":
        return _PRIMARY[str(unicodedata.digit(ch))]
    return _OTHER_BASE + ord(ch)
