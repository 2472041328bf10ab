"""Red team NP: Python scripts written blind (retry libraries around durable calls,
values crossing the checkpoint, per-process values, task signatures and step-key
collisions), pinned with the messages their findings give."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.source import LANG_PYTHON, SourceFile

HEAD = "from wmill import step, task, wait_for_approval, workflow\n"


def findings(code: str, *codes: str) -> list[tuple[int, str, str]]:
    result = analyze_source(SourceFile("<t>", code, LANG_PYTHON), select=list(codes))
    return [(f.row, f.code, f.message) for f in result.findings]


def test_typed_var_keyword_task_parameter_takes_any_keyword() -> None:
    # `**labels: str` is a `typed_parameter` around the splat: it is `**labels`,
    # not a required parameter called `**labels`
    code = (
        HEAD + "\n\n"
        "@task()\n"
        "async def tag(resource: str, *names: str, **labels: str) -> dict:\n"
        "    return {}\n\n\n"
        "@workflow\n"
        "async def main(resource: str):\n"
        '    await tag(resource, "a", "b", env="prod")\n'
        '    return await tag(resource=resource, team="x", missing=1)\n'
    )
    assert findings(code, "WAC402") == []
