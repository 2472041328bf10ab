"""Red team AM (amt): regressions for the general causes behind its TypeScript corpus
(`tests/corpus/adversarial/am_ts_*`)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def run(code: str, *codes: str, lang: str = LANG_TYPESCRIPT):
    name = "<t>.ts" if lang == LANG_TYPESCRIPT else "<t>.py"
    result = analyze_source(SourceFile(name, code, lang), select=list(codes))
    assert not result.errors, [e.error for e in result.errors]
    return result.findings


def findings(code: str, *codes: str, lang: str = LANG_TYPESCRIPT) -> list[tuple[int, str]]:
    return [(f.row, f.code) for f in run(code, *codes, lang=lang)]


def duplicate_key(shown: str, value: str, line: int) -> str:
    return (
        f"The approval key `{shown}` (the string `\"{value}\"`) is already used on line {line}: "
        "the SDK raises `WAC step key ... is already used` here; give each approval its own key"
    )


def test_an_enum_member_given_as_approval_key_is_its_string() -> None:
    # windmill-client 1.818.0 `_waitForApproval`: `_allocKey("jury")` a second time gives
    # `jury_2`, and the SDK throws; `Desk.Jury` of an enum (`const` or not) is "jury"
    for enum in ("const enum", "enum", "export const enum"):
        code = (
            'import { waitForApproval, workflow } from "windmill-client";\n'
            f'{enum} Desk {{ Jury = "jury", Treasurer = "treasurer" }}\n'
            "export const main = workflow(async (ok: boolean) => {\n"
            "  await waitForApproval({ key: Desk.Jury });\n"
            "  if (!ok) await waitForApproval({ key: Desk.Jury, timeout: 60 });\n"  # 5
            "  await waitForApproval({ key: Desk.Treasurer });\n"
            "  return ok;\n"
            "});\n"
        )
        found = run(code, "WAC303")
        assert [(f.row, f.message) for f in found] == [(5, duplicate_key("Desk.Jury", "jury", 4))]


def test_a_str_enum_member_given_as_python_approval_key_is_its_string() -> None:
    # wmill 1.850.0 `_wait_for_approval`: a `StrEnum` member is a str equal to its value
    code = (
        "from enum import Enum, StrEnum\n"
        "from wmill import wait_for_approval, workflow\n"
        "class Desk(StrEnum):\n"
        '    JURY = "jury"\n'
        "class Plain(Enum):\n"
        '    A = "a"\n'
        "@workflow\n"
        "async def main(x: str):\n"
        "    await wait_for_approval(key=Desk.JURY)\n"
        "    await wait_for_approval(key=Desk.JURY)\n"  # 10
        "    await wait_for_approval(key=Plain.A.value)\n"
        "    await wait_for_approval(key=Plain.A.value)\n"  # 12
        "    return x\n"
    )
    found = run(code, "WAC303", lang=LANG_PYTHON)
    assert [(f.row, f.message) for f in found] == [
        (10, duplicate_key("Desk.JURY", "jury", 9)),
        (12, duplicate_key("Plain.A.value", "a", 11)),
    ]
