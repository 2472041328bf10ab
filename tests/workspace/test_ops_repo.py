"""A third Windmill repository (`ops_repo/`), laid out as `wmill sync pull` writes
it with `nonDottedPaths: true`: scripts with their `.script.yaml` (written by
Windmill's own CLI through `windmill-oracle script-yaml`), `__flow` and `__mod`
folders, a bash target known by its `.script.yaml`, a `u/<user>/` script, and
the files sync writes beside them (resource type, resource, variable,
schedule). Each workflow script gets exactly the findings its `expect:`
comments mark, and a `*_ok` script none.

What it checks across files: `task_script` / `taskScript` / `task_flow` /
`taskFlow` on paths that exist, that exist as the other kind, that are
mistyped, or that are modules of the script (`./collect.ts` in a `__mod`
folder); calls whose arguments contradict the target (WAC402); helpers
imported by Windmill path (`from f.lib.http import post`, `import f.lib.http
as ops_api`, `"/f/web/http.ts"`), by relative path (`"../web/ids.ts"`), through
a re-exporting index and two hops deep, with side effects or clock / random
reads in the body (WAC101 / WAC102) or inside tasks and steps (none); a stale
`.script.yaml` (WAC901) and `main` parameter types Windmill reads otherwise
(WAC902). And the findings for a file do not depend on where `check` starts:
the repository root, a subfolder, or the file alone.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from tests.helpers import expected_marks as expected
from wac_lint.cli import cli
from wac_lint.config import clear_cache
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "ops_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts"))
WORKFLOWS = [p for p in FILES if re.search(r"\bworkflow\b", p.read_text(encoding="utf-8"))]


def ok_name(path: Path) -> bool:
    name = path.parent.name if path.parent.name.endswith("__mod") else path.stem
    return name.removesuffix("__mod").endswith("_ok")


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_repository_shape() -> None:
    assert len(WORKFLOWS) >= 30
    correct = [p for p in WORKFLOWS if not expected(p)]
    assert len(correct) >= 12
    for path in WORKFLOWS:
        assert ok_name(path) == (not expected(path)), path
    # the files sync writes beside scripts are there, and are not scripts
    for name in (
        "wmill.yaml",
        "pagerduty_lite.resource-type.yaml",
        "f/lib/slack.resource.yaml",
        "f/lib/api_base.variable.yaml",
        "f/incidents/nightly_digest.schedule.yaml",
    ):
        assert (REPO / name).is_file(), name


def test_every_script_has_its_own_windmill_path() -> None:
    paths = [
        p.relative_to(REPO).as_posix().split(".", 1)[0]
        for p in REPO.rglob("*")
        if p.is_file()
        and p.suffix in (".py", ".ts", ".sh")
        and not any(part.endswith("__mod") for part in p.parts)
    ]
    assert len(paths) == len(set(paths))


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def invoke(cwd: Path, args: list[str], monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    monkeypatch.chdir(cwd)
    forget_projects()
    clear_cache()
    result = cli_runner().invoke(cli, ["check", "--no-cache", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    findings: list[dict[str, object]] = json.loads(result.stdout)
    return findings


def keyed(findings: list[dict[str, object]], cwd: Path) -> set[tuple[str, int, str, str]]:
    out = set()
    for f in findings:
        name = Path(os.path.realpath(cwd / str(f["filename"]))).relative_to(REPO.resolve())
        location = f["location"]
        assert isinstance(location, dict)
        out.add((name.as_posix(), int(location["row"]), str(f["code"]), str(f["message"])))
    return out


CROSS_FILE = [
    "f/incidents/http_helper_in_body.py",
    "f/incidents/namespace_import_body.py",
    "f/incidents/clock_helper_in_body.py",
    "f/incidents/triage_typo_keyword.py",
    "f/incidents/bash_target_missing_arg.py",
    "f/incidents/stale_metadata.py",
    "f/incidents/barrel_network_body.ts",
    "f/incidents/relative_ids_body.ts",
    "f/incidents/two_hop_notify_body.ts",
    "f/incidents/escalate_flow_bad_level.ts",
    "f/incidents/script_dispatched_as_flow.ts",
    "f/incidents/digest__mod/script.ts",
]


def test_findings_do_not_depend_on_where_check_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = keyed(invoke(REPO, ["."], monkeypatch), REPO)
    folder = REPO / "f/incidents"
    from_folder = keyed(invoke(folder, ["."], monkeypatch), folder)
    assert from_folder == {f for f in whole if f[0].startswith("f/incidents/")}
    for name in CROSS_FILE:
        file = REPO / name
        alone = keyed(invoke(file.parent, [file.name], monkeypatch), file.parent)
        assert alone == {f for f in whole if f[0] == name}, name
        assert alone, name
