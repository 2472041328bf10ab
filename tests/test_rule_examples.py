"""Every rule's VALID and INVALID examples, run as tests (as Fixit does)."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import pytest

from wac_lint.engine import analyze_source
from wac_lint.registry import all_rules
from wac_lint.rule import MARK_END, MARK_START, Example, Rule
from wac_lint.source import LANG_FLOW, LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

RULES = all_rules()
EXPECTED_CODES = {
    "WAC000",
    "WAC001",
    "WAC002",
    "WAC003",
    "WAC004",
    "WAC005",
    "WAC006",
    "WAC101",
    "WAC102",
    "WAC103",
    "WAC104",
    "WAC105",
    "WAC106",
    "WAC107",
    "WAC108",
    "WAC201",
    "WAC202",
    "WAC204",
    "WAC301",
    "WAC302",
    "WAC303",
    "WAC304",
    "WAC305",
    "WAC401",
    "WAC402",
    "WAC403",
    "WAC500",
    "WAC501",
    "WAC502",
    "WAC503",
    "WAC504",
    "WAC505",
    "WAC506",
    "WAC507",
    "WAC508",
    "WAC509",
    "WAC510",
}
EXAMPLE_FILES = {
    LANG_PYTHON: "example.py",
    LANG_TYPESCRIPT: "example.ts",
    LANG_FLOW: "example.flow/flow.yaml",
}


def cases(kind: str) -> list[tuple[type[Rule], Example]]:
    return [(rule, ex) for rule in RULES for ex in getattr(rule, kind)]


def case_id(case: tuple[type[Rule], Example]) -> str:
    rule, ex = case
    return f"{rule.code}-{ex.language}"


def run(rule: type[Rule], example: Example):  # type: ignore[no-untyped-def]
    name = EXAMPLE_FILES[example.language]
    if example.files:
        return run_in_repository(rule, example, name)
    source = SourceFile(name, example.clean_code, example.language)
    return [f for f in analyze_source(source, rules=[rule]).findings if f.code == rule.code]


def run_in_repository(rule: type[Rule], example: Example, name: str):  # type: ignore[no-untyped-def]
    """An example whose rule reads other files: laid out as a Windmill repository."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "wmill.yaml").write_text("defaultTs: bun\n")
        for path, text in example.files:
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text)
        script = root / "f" / "example" / ("script" + Path(name).suffix)
        if example.language == LANG_FLOW:
            script = root / "f" / "example" / "example__flow" / "flow.yaml"
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(example.clean_code)
        source = SourceFile(str(script), example.clean_code, example.language)
        return [f for f in analyze_source(source, rules=[rule]).findings if f.code == rule.code]


def marked_region(code: str) -> tuple[int, int, int, int]:
    """1-based (row, column, end_row, end_column) of the text between the markers."""
    start = code.index(MARK_START)
    end = code.index(MARK_END) - len(MARK_START)
    clean = code.replace(MARK_START, "").replace(MARK_END, "")

    def position(offset: int) -> tuple[int, int]:
        before = clean[:offset]
        row = before.count("\n") + 1
        return row, offset - (before.rfind("\n") + 1) + 1

    return (*position(start), *position(end))


def test_catalogue_has_exactly_the_documented_codes() -> None:
    assert EXPECTED_CODES <= {r.code for r in RULES}


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.code)
def test_rule_metadata_and_docs(rule: type[Rule]) -> None:
    assert re.fullmatch(r"WAC\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(-[a-z]+)*", rule.name)
    for section in ("## What it does", "## Why is this bad", "## Example", "## Use instead"):
        assert section in rule.docs, f"{rule.code} docs lack {section!r}"
    assert rule.VALID and rule.INVALID
    for language in rule.languages:
        assert any(ex.language == language for ex in rule.VALID), f"no VALID {language} example"
        assert any(ex.language == language for ex in rule.INVALID), f"no INVALID {language} example"
    for ex in rule.INVALID:
        assert ex.code.count(MARK_START) == 1 and ex.code.count(MARK_END) == 1


@pytest.mark.parametrize("case", cases("VALID"), ids=case_id)
def test_valid_example_has_no_finding(case: tuple[type[Rule], Example]) -> None:
    rule, example = case
    found = run(rule, example)
    assert found == [], [f"{f.row}:{f.column} {f.message}" for f in found]


@pytest.mark.parametrize("case", cases("INVALID"), ids=case_id)
def test_invalid_example_is_found_at_the_marked_place(case: tuple[type[Rule], Example]) -> None:
    rule, example = case
    expected = marked_region(example.code)
    found = [(f.row, f.column, f.end_row, f.end_column) for f in run(rule, example)]
    assert expected in found, f"expected {expected}, found {found}"


def test_languages_are_known() -> None:
    for rule in RULES:
        assert set(rule.languages) <= {LANG_PYTHON, LANG_TYPESCRIPT, LANG_FLOW}


@pytest.mark.parametrize("case", cases("INVALID"), ids=case_id)
def test_fixes_parse_and_remove_the_finding(case: tuple[type[Rule], Example]) -> None:
    from wac_lint.fixes import apply_fixes

    rule, example = case
    fixable = [f for f in run(rule, example) if f.fix is not None]
    if not fixable:
        assert rule.fix_kind is None or rule.code in NOT_ALWAYS_FIXABLE, "fix expected"
        return
    fixed = apply_fixes(example.clean_code, fixable, unsafe=True).text
    again = analyze_source(SourceFile(EXAMPLE_FILES[example.language], fixed, example.language))
    assert [f.code for f in again.findings if f.code in (rule.code, "WAC000")] == [], fixed


# Rules with an INVALID example their fix does not cover (`.catch(...)` handlers,
# an option that belongs to another primitive, values with no mechanical rewrite,
# a module-level rebinding `durable = task`, a context manager that swallows; WAC005's
# fix only puts `@workflow` back on a line of its own).
NOT_ALWAYS_FIXABLE = {
    "WAC001",
    "WAC005",
    "WAC201",
    "WAC202",
    "WAC101",
    "WAC102",
    "WAC105",
    "WAC106",
    "WAC107",
    "WAC302",
}
