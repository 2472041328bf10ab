"""wmill reached through a workspace module that re-exports it (`from f.common.wac
import task, workflow`, `from .sdk import workflow`): Windmill's parser detects
`@workflow` by its name (`windmill-oracle dag` draws such a file; `@wf` after `workflow
as wf` is "No @workflow async function found"), and at run time the names are wmill
1.850.0's own, so the file is a workflow and its body is checked."""

from __future__ import annotations

from tests.helpers import lint
from wac_lint.source import LANG_PYTHON

BODY = (
    "import requests\n\n{imports}\n\n\n"
    "@task()\nasync def lookup(order_id: str) -> dict:\n    return {{'id': order_id}}\n\n\n"
    "@{decorator}\nasync def main(order_id: str):\n"
    "    requests.post('https://hooks.example.com', json={{'id': order_id}})\n"
    "    slug = slugify(order_id)\n"
    "    return await lookup(slug)\n"
)
POST = (
    "WAC101",
    13,
    "`requests.post` does network I/O in the workflow body, which re-runs on every "
    "replay; move it into a task or a `step(...)`",
)


def findings(imports: str, decorator: str = "workflow") -> list[tuple[str, int, str]]:
    code = BODY.format(imports=imports, decorator=decorator)
    return [(f.code, f.row, f.message) for f in lint(code, LANG_PYTHON)]


def test_a_workspace_module_reexporting_wmill_makes_a_workflow() -> None:
    assert findings("from f.common.wac import slugify, task, workflow") == [POST]


def test_a_relative_module_reexporting_wmill_makes_a_workflow() -> None:
    assert findings("from .wac import slugify, task, workflow") == [POST]


def test_the_alias_is_not_detected_by_windmill() -> None:
    imports = "from f.common.wac import slugify, task, workflow as wf"
    assert findings(imports, decorator="wf") == [
        (
            "WAC001",
            3,
            "`workflow` is imported as `wf`: Windmill's parser only recognises the exact "
            "name; import `workflow` without an alias",
        ),
        POST,
    ]


def test_without_workflow_the_module_is_not_taken_for_the_sdk() -> None:
    # `task` alone from a workspace module: its own function, and no workflow here
    code = BODY.format(imports="from f.common.jobs import slugify, task", decorator="staticmethod")
    assert lint(code, LANG_PYTHON) == []
