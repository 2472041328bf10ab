"""A fourth Windmill repository (`team_repo/`), as a team has it after
`wmill sync pull` with dotted paths (`.flow/` folders, `nonDottedPaths` unset):
`f/` and `u/<user>/` scripts with their `.script.yaml` (written by Windmill's
own CLI through `windmill-oracle script-yaml`, or `wmill generate-metadata` for
the `__mod` script) and a few `.script.lock` files, two flows with `!inline`
scripts, and a `wmill.yaml` whose `excludes` leaves `f/sandbox/` out of sync.

What it checks across files: scripts calling each other by path
(`task_script`, `taskScript`, `task_flow`, `taskFlow`, `run_script_by_path`,
`runScriptByPath` in the body, in a task, in a plain script); targets renamed
or deleted, or of the other kind; keyword names the target does not take, or
that collide with the SDK's own (`name=`); flows calling scripts with missing
or out-of-enum inputs and a deleted script; helpers imported as
`from .helpers import ...`, `from ..common.util import ...`,
`from f.common.util import ...`, `"../common/lib.ts"`, `"/f/common/lib.ts"`,
and a module of a `__mod` script, pure or doing I/O / clock reads in the body;
stale metadata in Python and TypeScript; and no missing-metadata finding for
the excluded folder. Every file gets exactly the findings its `expect:`
comments mark, wherever `check` starts.
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

REPO = Path(__file__).parent / "team_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts") or p.name == "flow.yaml")
WORKFLOWS = [p for p in FILES if re.search(r"\bworkflow\b", p.read_text(encoding="utf-8"))]


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def ok_name(path: Path) -> bool:
    name = path.parent.name if path.parent.name.endswith("__mod") else path.stem
    return name.removesuffix("__mod").endswith("_ok")


def test_repository_shape() -> None:
    assert len([p for p in REPO.rglob("*") if p.is_file()]) >= 40
    assert len(WORKFLOWS) >= 20
    correct = [p for p in WORKFLOWS if not expected(p)]
    assert len(correct) >= 0.4 * len(WORKFLOWS)
    for path in WORKFLOWS:
        assert ok_name(path) == (not expected(path)), path
    assert list(REPO.rglob("*.script.lock"))
    assert (REPO / "f/sandbox/scratch_io_body.py").is_file()
    assert not (REPO / "f/sandbox/scratch_io_body.script.yaml").exists()


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def test_an_excluded_script_needs_no_metadata_but_is_still_checked() -> None:
    path = REPO / "f/sandbox/scratch_io_body.py"
    codes = [f.code for f in analyze_source(read_source(path)).findings]
    assert codes == ["WAC101"]  # its own mistake; no WAC901 "missing" for an excluded path


def test_a_missing_script_step_is_offered_a_script_not_a_flow() -> None:
    path = REPO / "f/crm/sync_contacts.flow/flow.yaml"
    messages = [f.message for f in analyze_source(read_source(path)).findings if f.code == "WAC401"]
    # Neither the flow `f/crm/sync_contacts` (the other kind fails too) nor the
    # script `f/crm/upsert_contact` (another name in the same folder) is offered.
    assert messages == ["`f/crm/enrich_contact` matches no script in this repository"]


def test_name_keyword_collides_with_the_sdk() -> None:
    path = REPO / "f/crm/name_kwarg_collides.py"
    (finding,) = analyze_source(read_source(path)).findings
    assert finding.code == "WAC301"
    assert "`name=` collides with its own argument" in finding.message


def _invoke(
    cwd: Path, args: list[str], monkeypatch: pytest.MonkeyPatch
) -> set[tuple[str, int, str]]:
    monkeypatch.chdir(cwd)
    forget_projects()
    clear_cache()
    result = cli_runner().invoke(cli, ["check", "--no-cache", "--format", "json", *args])
    assert result.exit_code in (0, 1), result.output
    out = set()
    for f in json.loads(result.stdout):
        name = Path(os.path.realpath(cwd / str(f["filename"]))).relative_to(REPO.resolve())
        out.add((name.as_posix(), int(f["location"]["row"]), str(f["code"])))
    return out


def test_findings_do_not_depend_on_where_check_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = _invoke(REPO, ["."], monkeypatch)
    marked = {
        (p.relative_to(REPO).as_posix(), row, code) for p in FILES for row, code in expected(p)
    }
    assert whole == marked
    folder = REPO / "u"
    assert _invoke(folder, ["."], monkeypatch) == {f for f in whole if f[0].startswith("u/")}
    for name in ("f/billing/relative_post_body.ts", "f/crm/stale_meta.py", "f/sandbox"):
        target = REPO / name
        alone = _invoke(target.parent, [target.name], monkeypatch)
        assert alone == {f for f in whole if f[0].startswith(name)}, name


def test_sql_and_bash_targets_are_read_as_windmill_reads_them() -> None:
    # the query renamed `$1` after its .script.yaml was written: the worker parses the query
    path = REPO / "f/billing/report_sql_stale_name.py"
    messages = [f.message for f in analyze_source(read_source(path)).findings]
    assert messages == [
        "`f/billing/revenue_by_region` requires `region` (no default, from the inputs "
        "Windmill's SQL parser reads in f/billing/revenue_by_region.pg.sql), which this call "
        "does not pass",
        "`region_code` is not a parameter of `f/billing/revenue_by_region` (it takes "
        "`database`, `region`, `since`, from the inputs Windmill's SQL parser reads in "
        "f/billing/revenue_by_region.pg.sql); did you mean `region`?",
    ]
    path = REPO / "f/ops/nightly_rotate.ts"
    messages = [f.message for f in analyze_source(read_source(path)).findings]
    assert messages[0] == (
        "`f/ops/rotate_logs` requires `service` (no default, from the inputs Windmill's bash "
        "parser reads in f/ops/rotate_logs.sh), which this call does not pass"
    )
