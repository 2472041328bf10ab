"""A small Windmill repository (`tables_repo/`, `.script.yaml` files written by
Windmill's own CLI through `windmill-oracle script-yaml`) for what red team H found
across files: workspace tables of functions called by subscript (`API["post"](...)`,
`REFUNDS[method](...)`, `REFUNDS.get(method)(...)`, `billing.API["post"](...)` of a
module imported whole, also through a re-exporting `index.ts`), methods a class
imported from the workspace inherits from a base class in a third script
(`self._post` / `this.post`), and module-level I/O two imports deep (a settings module
importing a flags module that fetches when loaded). Each workflow gets exactly the
findings its `expect:` comments mark, and a `*_ok` script none (pure tables and
methods, tables and inherited senders used inside tasks and steps, pure imports two
deep, a type-only import of a module that would fetch)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "tables_repo"
WORKFLOWS = sorted(p for p in (REPO / "f/flows_wac").iterdir() if p.suffix in (".py", ".ts"))


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def test_repository_shape() -> None:
    assert len(WORKFLOWS) >= 12
    for path in WORKFLOWS:
        assert path.stem.endswith("_ok") == (not expected(path)), path
        assert path.with_suffix(".script.yaml").is_file(), path


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def test_a_computed_key_reaching_one_call_through_two_members_is_reported_once() -> None:
    result = analyze_source(read_source(REPO / "f/flows_wac/refund_table_body.py"))
    assert [(f.row, f.code) for f in result.findings] == [(14, "WAC101"), (15, "WAC101")]
