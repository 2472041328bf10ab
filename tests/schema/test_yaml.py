"""The YAML writer and reader against the `yaml` npm package's behaviour.

Expected texts below were produced by the `yaml` package wmill bundles
(`stringify(v, {sortMapEntries: prioritizeName+localeCompare,
aliasDuplicateObjects: false, singleQuote: true})`); the corpus goldens cover
the rest (tests in test_conformance).
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from wac_lint.schema.collation import mapping_sort_key
from wac_lint.schema.jsvalues import UNDEFINED, format_number, loose_equal
from wac_lint.schema.yaml_emit import dumps
from wac_lint.schema.yaml_read import MetadataError, load, load_mapping

GOLDEN = Path(__file__).parent / "golden"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ({"a": ""}, "a: ''\n"),
        ({"a": None, "b": UNDEFINED}, "a: null\n"),
        ({"a": {}, "b": []}, "a: {}\nb: []\n"),
        ({"a": [1, [2, 3], {"x": 1, "y": 2}]}, "a:\n  - 1\n  - - 2\n    - 3\n  - x: 1\n    y: 2\n"),
        ({"a": "multi\nline"}, "a: |-\n  multi\n  line\n"),
        ({"a": "keep\n"}, "a: |\n  keep\n"),
        ({"a": "two\n\n"}, "a: |+\n  two\n\n"),
        ({"a": "  lead\nx"}, "a: |2-\n    lead\n  x\n"),
        ({"a": "it's"}, "a: it's\n"),
        ({"a": 'say "hi"'}, 'a: say "hi"\n'),
        ({"a": "'quoted'"}, "a: \"'quoted'\"\n"),
        ({"a": '"quoted"'}, "a: '\"quoted\"'\n"),
        ({"a": "tab\there"}, "a: tab\there\n"),
        ({"a": "bell\x07"}, 'a: "bell\\a"\n'),
        (
            {"a": "true", "b": "1.5", "c": "0x1F", "d": "~", "e": "yes"},
            "a: 'true'\nb: '1.5'\nc: '0x1F'\nd: '~'\ne: yes\n",
        ),
        (
            {"a": "- x", "b": "#x", "c": "x #y", "d": "k: v", "e": "x:", "f": "@x"},
            "a: '- x'\nb: '#x'\nc: 'x #y'\nd: 'k: v'\ne: 'x:'\nf: '@x'\n",
        ),
        (
            {"a": 1e21, "b": 1.0, "c": 0.1, "d": -0.0, "e": math.inf, "f": 2**64},
            "a: 1e+21\nb: 1\nc: 0.1\nd: -0\ne: .inf\nf: 18446744073709552000\n",
        ),
        ({"123": 1, "": 2, "null": 3}, "'': 2\n'123': 1\n'null': 3\n"),
        (
            {"a": "word " * 20},
            "a: 'word word word word word word word word word word word word word word word\n"
            "  word word word word word '\n",
        ),
        (
            {
                "description": "This text is long enough to be folded over two lines"
                " by the yaml writer of wmill"
            },
            "description: This text is long enough to be folded over two lines by the yaml\n"
            "  writer of wmill\n",
        ),
    ],
)
def test_writer(value: dict[str, object], text: str) -> None:
    assert dumps(value) == text


def test_key_order_is_prioritize_name_then_locale_compare() -> None:
    keys = [
        "zeta",
        "Zeta",
        "name",
        "_x",
        "a_b",
        "ab",
        "Ab",
        "a1",
        "a10",
        "a2",
        "$schema",
        "type",
        "é",
        "f",
        "e",
        "lock",
        "kind",
    ]
    ordered = sorted(keys, key=mapping_sort_key)
    # Node: keys.sort((a, b) => prioritizeName(a).localeCompare(prioritizeName(b)))
    # ("ab" and "type" tie: "type" compares as "ab"; the sort is stable)
    assert ordered == [
        "_x",
        "$schema",
        "a_b",
        "a1",
        "a10",
        "a2",
        "ab",
        "type",
        "Ab",
        "name",
        "lock",
        "e",
        "é",
        "f",
        "kind",
        "zeta",
        "Zeta",
    ]


def test_compatibility_characters_sort_as_what_they_stand_for() -> None:
    # Node's localeCompare (windmill-oracle, corpus f/redteam_rs/rt64_compat_keys.ts):
    # `ﬁ` sorts as `fi`, `𝐚` / `ａ` / `ⓐ` as `a` (after it, before `A`), `²` as `2`,
    # superscripts and subscripts after the uppercase letter; `ẞ` is `SS`.
    keys = ["ᵃ", "𝐀", "ⓐ", "A", "Fi", "ﬁ", "fi", "²", "2", "ａ", "a", "ẞ", "SS", "ß", "h", "ℌ"]
    assert sorted(keys, key=mapping_sort_key) == [
        "2",
        "²",
        "a",
        "ａ",
        "ⓐ",
        "A",
        "𝐀",
        "ᵃ",
        "fi",
        "ﬁ",
        "Fi",
        "h",
        "ℌ",
        "SS",
        "ß",
        "ẞ",
    ]


@pytest.mark.parametrize(
    ("number", "text"),
    [
        (0, "0"),
        (1.5, "1.5"),
        (1e21, "1e+21"),
        (1e20, "100000000000000000000"),
        (1.05e-9, "1.05e-9"),
        (1e-7, "1e-7"),
        (1e-6, "0.000001"),
        (9007199254740993, "9007199254740992"),
        (123.456, "123.456"),
        (5e-324, "5e-324"),
        (-2.5, "-2.5"),
    ],
)
def test_number_formatting_is_javascripts(number: float, text: str) -> None:
    assert format_number(number) == text


def test_reader_uses_the_yaml_1_2_core_schema() -> None:
    data = load_mapping(
        "a: yes\nb: 0o17\nc: 0x1F\nd: 017\ne: 1_000\nf: 2024-01-01\ng: .inf\nh: ~\ni: 1.0\n"
        "j: !inline f/x.lock\nk: !custom v\nl: !!str 12\nm: <<\nn: {<<: {x: 1}}\n"
    )
    assert data == {
        "a": "yes",
        "b": 15,
        "c": 31,
        "d": 17,
        "e": "1_000",
        "f": "2024-01-01",
        "g": math.inf,
        "h": None,
        "i": 1.0,
        "j": "!inline f/x.lock",
        "k": "v",
        "l": "12",
        "m": "<<",
        "n": {"<<": {"x": 1}},
    }


def test_explicit_tags_keep_text_their_pattern_does_not_match() -> None:
    # the yaml package (windmill-oracle, corpus f/redteam_rs/mg33_explicit_tags): a tag
    # resolves only a value of its core-schema pattern; anything else stays a string
    data = load_mapping(
        "a: !!float 1\nb: !!float -2\nc: !!float 1_000\nd: !!float 10.\ne: !!float 1e3\n"
        "f: !!float .5\ng: !!bool yes\nh: !!bool True\ni: !!null x\nj: !!null ~\n"
        "k: !!float .iNf\nl: !!float -.INF\n"
    )
    assert data == {
        "a": "1",
        "b": "-2",
        "c": "1_000",
        "d": 10.0,
        "e": 1000.0,
        "f": 0.5,
        "g": "yes",
        "h": True,
        "i": "x",
        "j": None,
        "k": ".iNf",
        "l": -math.inf,
    }


def test_loose_equality_converts_strings_as_javascript_does() -> None:
    # StringToNumber trims every JavaScript space (U+2003, U+3000...) and reads
    # `Infinity` only with that spelling: "\u2003 1" == 1, "infinity" != Infinity
    assert loose_equal("\u2003 1\u3000", 1)
    assert not loose_equal("\u200b1", 1)
    assert not loose_equal("infinity", math.inf)
    assert loose_equal("-Infinity", -math.inf)
    assert loose_equal("1E3", 1000)


def test_reader_turns_keys_into_javascript_property_names() -> None:
    assert load_mapping("1: a\ntrue: b\nnull: c\n1.50: d\n") == {
        "1": "a",
        "true": "b",
        "": "c",
        "1.5": "d",
    }


def test_reader_reads_tabs_and_line_separators_as_text() -> None:
    assert load_mapping("a: x\ty\nb: p\u2028q\nc: x\t#comment\n") == {
        "a": "x\ty",
        "b": "p\u2028q",
        "c": "x",
    }


@pytest.mark.parametrize("text", ["a: 1\na: 2\n", "a: [\n", "a: 1\n---\nb: 2\n", "? [a, b]\n: c\n"])
def test_reader_rejects_what_wmill_cannot_use(text: str) -> None:
    with pytest.raises(MetadataError):
        load(text)


@pytest.mark.parametrize("golden", sorted(GOLDEN.rglob("*.script.yaml"))[::7], ids=lambda p: p.name)
def test_reading_and_writing_wmill_output_is_lossless(golden: Path) -> None:
    text = golden.read_text(encoding="utf-8")
    assert dumps(load(text)) == text
