"""WAC107 on what a step awaited as a statement returns (the body never reads it:
only a value the encoder throws on matters) and on an `Enum` member's `.value` /
`.name` under a `-> Tier` annotation (a string: what comes back is what was sent)."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile


def wac107(code: str, language: str) -> list[tuple[int, str]]:
    path = "<t>.py" if language == LANG_PYTHON else "<t>.ts"
    result = analyze_source(SourceFile(path, code, language), select=["WAC107"])
    assert not result.errors, [e.error for e in result.errors]
    return [(f.row, f.message) for f in result.findings]


PY = (
    "import requests\n"
    "from datetime import datetime\n"
    "from slack_sdk import WebClient\n"
    "from wmill import step, workflow\n"
    'slack = WebClient(token="x")\n'
    "@workflow\n"
    "async def main(url: str):\n"
    '    await step("when", lambda: datetime.now())\n'
    '    await step("post", lambda: slack.chat_postMessage(channel="c", text="t"))\n'
    '    at = await step("kept", lambda: datetime.now())\n'
    "    return at\n"
)


def test_a_python_step_whose_value_is_dropped_loses_nothing() -> None:
    assert wac107(PY, LANG_PYTHON) == [
        (
            10,
            "`datetime.now()` is a `datetime` returned by this step: it is checkpointed as "
            'JSON and comes back as a string like `"2024-05-01 12:00:00"` (`str()`, not ISO '
            "8601)",
        )
    ]


TS = (
    'import axios from "axios";\n'
    'import { step, workflow } from "windmill-client";\n'
    "export const main = workflow(async (url: string) => {\n"
    '  await step("when", async () => new Date());\n'
    '  await step("post", async () => await axios.post(url, {}));\n'
    "  return 1;\n"
    "});\n"
)


def test_a_dropped_value_the_encoder_throws_on_is_still_reported() -> None:
    found = wac107(TS, LANG_TYPESCRIPT)
    assert [row for row, _ in found] == [5]
    assert "axios response returned by this step: `JSON.stringify` throws on it" in found[0][1]


ENUM = (
    "from enum import Enum\n"
    "from wmill import task, workflow\n"
    "class Tier(Enum):\n"
    '    FREE = "free"\n'
    '    GOLD = "gold"\n'
    "@task()\n"
    "async def classify(spend: float) -> Tier:\n"
    "    if spend > 1000:\n"
    "        return Tier.GOLD.value\n"
    "    return Tier.FREE{tail}\n"
    "@workflow\n"
    "async def main(spend: float):\n"
    "    return Tier(await classify(spend)).value\n"
)


def test_the_value_of_an_enum_member_is_not_the_member() -> None:
    assert wac107(ENUM.format(tail=".name"), LANG_PYTHON) == []
    member = wac107(ENUM.format(tail=""), LANG_PYTHON)
    assert [row for row, _ in member] == [10]
    assert member[0][1].startswith("`Tier.FREE` is a member of the `Enum` `Tier`")
