"""PHP, Rust, C# and Ruby steps' inputs: every sample of
`tests/data/other_signatures.json` (what Windmill's parser for the language answered
for it, run by node when the file was made) against wac-lint's reader, and the
findings on steps wired wrong."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wac_lint.engine import analyze_bytes
from wac_lint.flows.other_signatures import other_inputs

GOLDEN = json.loads(
    (Path(__file__).parent / "data" / "other_signatures.json").read_text(encoding="utf-8")
)
_KINDS = {"int": "integer", "float": "number", "bool": "boolean"}


def _kind(typ: Any) -> str | None:
    if isinstance(typ, str):
        return _KINDS.get(typ)
    if "str" in typ:
        return "string"
    if "list" in typ:
        return "array"
    if "object" in typ:
        return "object"
    return None


@pytest.mark.parametrize(
    "sample", GOLDEN["samples"], ids=lambda s: f"{s['language']}-{s['code'][-60:]}"
)
def test_inputs_agree_with_windmills_parser(sample: dict[str, Any]) -> None:
    mine = other_inputs(sample["language"], sample["code"])
    theirs = sample["windmill"]
    if mine is None:
        # not judged: shapes the reader does not take apart (Ruby keyword / splat
        # parameters, which Windmill's Ruby parser reads as no input at all)
        return
    assert [m.name for m in mine] == [a["name"] for a in theirs]
    for m, a in zip(mine, theirs, strict=True):
        if a["has_default"]:
            assert not m.required, m
        if m.type is not None:
            assert _kind(a["typ"]) in (m.type, None) or (
                m.type == "integer" and _kind(a["typ"]) == "number"
            ), (m, a)


def test_most_samples_are_judged() -> None:
    judged = [s for s in GOLDEN["samples"] if other_inputs(s["language"], s["code"]) is not None]
    assert len(judged) >= 160


@pytest.mark.parametrize(
    ("language", "code", "expected"),
    [
        ("rust", "fn main(a: Option<i64>, b: i64) -> anyhow::Result<i64> { Ok(b) }", [False, True]),
        (
            "csharp",
            "class S { public static int Main(int a, int b = 1) { return a; } }",
            [True, False],
        ),
        ("php", "<?php\nfunction main(?string $a = null, int $b) { return 1; }", [False, True]),
        ("ruby", "def main(a, b = 2)\n  a\nend\n", [True, False]),
        (
            "ansible",
            "---\ninventory:\n  - resource_type: ansible_inventory\n"
            "extra_vars:\n  a: {type: string}\n  b: {type: string, default: null}\n"
            "---\n- hosts: all\n",
            [False, True, False],
        ),
    ],
)
def test_required_from_the_code(language: str, code: str, expected: list[bool]) -> None:
    found = other_inputs(language, code)
    assert found is not None
    assert [i.required for i in found] == expected


def test_main_in_a_comment_or_a_keyword_parameter_is_not_judged() -> None:
    assert other_inputs("php", "<?php\n// function main($a)\n") is None
    assert other_inputs("ruby", "def main(name, count: 3)\n  name\nend\n") is None
    assert other_inputs("rust", "fn main((a, b): (i64, i64)) {}") is None


def test_an_inline_rust_file_missing_an_input(tmp_path: Path) -> None:
    folder = tmp_path / "f" / "x.flow"
    folder.mkdir(parents=True)
    (folder / "shout.rs").write_text(
        "fn main(who: String, times: Option<i64>) -> anyhow::Result<String> {\n    Ok(who)\n}\n"
    )
    path = folder / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n"
        "    - id: shout\n      value:\n        type: rawscript\n        language: rust\n"
        "        content: '!inline shout.rs'\n"
        "        input_transforms:\n"
        "          whom: {type: static, value: ada}\n"
    )
    found = analyze_bytes(path.read_bytes(), str(path)).findings
    assert [(f.row, f.code, f.message) for f in found] == [
        (
            9,
            "WAC506",
            "`main` of shout.rs takes `who` (no default), but `input_transforms` gives it no value",
        ),
        (10, "WAC506", "`whom` is not a parameter of `main` of shout.rs: the value goes nowhere"),
    ]
