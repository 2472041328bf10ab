"""Flow documents (`<name>.flow/flow.yaml`) in the editor: diagnostics and the
suppression quick fix (never inside a block scalar)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from tests.lsp.conftest import Client
from tests.lsp.support import apply_edits, codes, edits_of

pytestmark = pytest.mark.asyncio(loop_scope="module")

FLOW = """\
summary: Orders
schema:
  type: object
  properties:
    table: {type: string}
value:
  modules:
    - id: report
      value:
        type: script
        path: f/x/report
        input_transforms:
          rows: {type: javascript, expr: results.lod}
          table:
            type: javascript
            expr: |
              flow_input.tabel
"""


async def test_flow_document_diagnostics_and_suppression(shared: Client, tmp_path: Path) -> None:
    client = shared
    folder = tmp_path / "orders.flow"
    folder.mkdir()
    uri = (folder / "flow.yaml").as_uri()
    client.open(uri, FLOW, language_id="yaml")
    diagnostics = await client.wait_for_version(uri, 1)
    assert codes(diagnostics) == ["WAC503", "WAC504"]
    wac503 = next(d for d in diagnostics if d.code == "WAC503")
    assert wac503.range == types.Range(
        start=types.Position(line=12, character=41), end=types.Position(line=12, character=52)
    )
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=wac503.range,
            context=types.CodeActionContext(diagnostics=[wac503]),
        )
    )
    assert result is not None
    (action,) = [a for a in result if isinstance(a, types.CodeAction)]
    assert action.title == "Suppress WAC503 on this line"
    new_text = apply_edits(FLOW, edits_of(action, uri))
    assert new_text.split("\n")[12].endswith("results.lod}  # wac-lint: ignore[WAC503]")
    client.change(uri, 2, new_text)
    assert codes(await client.wait_for_version(uri, 2)) == ["WAC504"]
    # inside `expr: |` a comment would become JavaScript: no action offered
    wac504 = next(d for d in diagnostics if d.code == "WAC504")
    inside = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=wac504.range,
            context=types.CodeActionContext(diagnostics=[wac504]),
        )
    )
    assert not inside


async def test_yaml_outside_a_flow_folder_is_not_analysed(shared: Client, tmp_path: Path) -> None:
    uri = (tmp_path / "flow.yaml").as_uri()
    shared.open(uri, FLOW, language_id="yaml")
    assert await shared.wait_for_version(uri, 1) == []


async def test_hover_on_a_code_in_a_yaml_suppression(shared: Client, tmp_path: Path) -> None:
    folder = tmp_path / "hover.flow"
    folder.mkdir()
    uri = (folder / "flow.yaml").as_uri()
    text = FLOW.replace("results.lod}", "results.lod}  # wac-lint: ignore[WAC503]")
    shared.open(uri, text, language_id="yaml")
    await shared.wait_for_version(uri, 1)
    line = text.split("\n")[12]
    at = types.Position(line=12, character=line.index("WAC503") + 2)
    result = await shared.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=at)
    )
    assert result is not None and isinstance(result.contents, types.MarkupContent)
    assert "unknown-step-reference" in result.contents.value
    start = line.index("WAC503")
    assert result.range == types.Range(
        start=types.Position(line=12, character=start),
        end=types.Position(line=12, character=start + 6),
    )
    outside = types.Position(line=12, character=line.index("results"))
    assert (
        await shared.text_document_hover_async(
            types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=outside)
        )
        is None
    )
