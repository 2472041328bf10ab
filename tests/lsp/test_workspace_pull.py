"""`workspace/diagnostic`: problems in the workspace's scripts that are not open."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp.conftest import Starter
from tests.lsp.support import BAD_PY, BAD_TS, GOOD_PY, codes

pytestmark = pytest.mark.asyncio(loop_scope="module")


async def test_workspace_pull_reports_closed_scripts(start: Starter, tmp_path: Path) -> None:
    (tmp_path / "f").mkdir()
    (tmp_path / "f" / "bad.py").write_text(BAD_PY, encoding="utf-8")
    (tmp_path / "f" / "bad.ts").write_text(BAD_TS, encoding="utf-8")
    (tmp_path / "f" / "good.py").write_text(GOOD_PY, encoding="utf-8")
    (tmp_path / "f" / "open.py").write_text(BAD_PY, encoding="utf-8")
    (tmp_path / "vendor").mkdir()
    (tmp_path / "vendor" / "skip.py").write_text(BAD_PY, encoding="utf-8")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "skip.py").write_text(BAD_PY, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not a script", encoding="utf-8")
    (tmp_path / "wac-lint.toml").write_text('extend-exclude = ["vendor"]\n', encoding="utf-8")

    client = await start(pull=True)
    assert client.init_result is not None
    capabilities = client.init_result.capabilities.diagnostic_provider
    assert isinstance(capabilities, types.DiagnosticOptions)
    assert capabilities.workspace_diagnostics is True
    open_uri = (tmp_path / "f" / "open.py").as_uri()
    client.open(open_uri, GOOD_PY)  # open documents come from document pulls

    report = await client.workspace_diagnostic_async(
        types.WorkspaceDiagnosticParams(previous_result_ids=[])
    )
    by_uri = {item.uri: item for item in report.items}
    bad_py, bad_ts, good = (
        (tmp_path / "f" / name).as_uri() for name in ("bad.py", "bad.ts", "good.py")
    )
    assert set(by_uri) == {bad_py, bad_ts, good}
    first = by_uri[bad_py]
    assert isinstance(first, types.WorkspaceFullDocumentDiagnosticReport)
    assert codes(list(first.items)) == ["WAC101", "WAC102", "WAC106"]
    assert codes(list(by_uri[bad_ts].items)) == ["WAC101", "WAC102", "WAC106"]  # type: ignore[union-attr]
    assert list(by_uri[good].items) == []  # type: ignore[union-attr]
    assert first.version is None

    # Asked again with the result ids: unchanged files say so; a changed one is re-read.
    (tmp_path / "f" / "bad.ts").write_text(BAD_TS.replace("fetchIt(url);", ""), encoding="utf-8")
    previous = [
        types.PreviousResultId(uri=item.uri, value=item.result_id)
        for item in report.items
        if item.result_id is not None
    ]
    again = await client.workspace_diagnostic_async(
        types.WorkspaceDiagnosticParams(previous_result_ids=previous)
    )
    kinds = {item.uri: type(item).__name__ for item in again.items}
    assert kinds[bad_py] == "WorkspaceUnchangedDocumentDiagnosticReport"
    assert kinds[good] == "WorkspaceUnchangedDocumentDiagnosticReport"
    assert kinds[bad_ts] == "WorkspaceFullDocumentDiagnosticReport"
    changed = next(item for item in again.items if item.uri == bad_ts)
    assert codes(list(changed.items)) == ["WAC101", "WAC102"]  # type: ignore[union-attr]
