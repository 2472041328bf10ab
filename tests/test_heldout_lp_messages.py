"""Red team LP: asyncio around durable calls, step keys from names, process and
environment reads, typed values crossing a checkpoint (tests/corpus/adversarial/
async_keys, process_env, typed_values), pinned with their exact messages."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile


def findings(code: str, code_: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=[code_])
    return [(f.row, f.severity, f.message) for f in result.findings]


HEAD = "import asyncio\nimport locale\nimport os\n\nfrom wmill import step, task, workflow\n\n"
TASK = "@task()\nasync def save(x: object) -> bool:\n    return True\n\n"


def replays(shown: str, what: str) -> str:
    return (
        f"{shown} {what}: the value changes between replays of the workflow body; "
        "capture it with `step(...)`"
    )


def test_wac102_event_loop_clock_machine_and_locale() -> None:
    code = (
        HEAD
        + TASK
        + (
            "@workflow\nasync def main():\n"
            "    loop = asyncio.get_running_loop()\n"
            "    started = loop.time()\n"
            "    node = os.uname().nodename\n"
            "    lang = locale.getlocale()[0]\n"
            "    return await save([started, node, lang])\n"
        )
    )
    assert findings(code, "WAC102") == [
        (14, "error", replays("`loop.time`", "reads the clock")),
        (15, "error", replays("`os.uname`", "reads the process environment")),
        (16, "error", replays("`locale.getlocale`", "reads the process environment")),
    ]


def test_wac102_loop_and_locale_inside_a_step_are_fine() -> None:
    code = (
        HEAD
        + TASK
        + (
            "@workflow\nasync def main():\n"
            "    t = await step('t', lambda: asyncio.get_running_loop().time())\n"
            "    lang = await step('lang', lambda: locale.getlocale()[0])\n"
            "    return await save([t, lang])\n"
        )
    )
    assert findings(code, "WAC102") == []


def test_wac101_load_dotenv_in_the_body() -> None:
    code = (
        "from dotenv import load_dotenv\nfrom wmill import step, workflow\n\n"
        "@workflow\nasync def main():\n    load_dotenv()\n"
        "    return await step('env', lambda: load_dotenv())\n"
    )
    assert findings(code, "WAC101") == [
        (
            6,
            "error",
            "`load_dotenv` touches the file system in the workflow body, which re-runs on "
            "every replay; move it into a task or a `step(...)`",
        )
    ]
