"""Flows: OpenFlow definitions (`flow.yaml` / `flow.json` in a flow folder).

A flow is YAML read with positions, not a tree-sitter tree: it has its own
front-end (`wac_lint.flows`) and its comments are YAML's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from wac_lint.languages.base import Language, LanguageKind

if TYPE_CHECKING:
    import tree_sitter

    from wac_lint.flows.model import FlowModel
    from wac_lint.model import ScriptModel
    from wac_lint.source import SourceFile

FLOW_FILES = ("flow.yaml", "flow.json")
FLOW_FOLDER_SUFFIXES = (".flow", "__flow")  # wmill.yaml nonDottedPaths false / true


def is_flow_path(path: str | Path) -> bool:
    """`<name>.flow/flow.yaml` or `<name>__flow/flow.yaml` (and `flow.json`)."""
    name = str(path)
    if not name.endswith(FLOW_FILES):  # the common case: one string test
        return False
    p = Path(name)
    return p.name in FLOW_FILES and p.parent.name.endswith(FLOW_FOLDER_SUFFIXES)


class Flow(Language):
    kind = LanguageKind.FLOW
    display_name = "flow"
    extensions: tuple[str, ...] = FLOW_FILES
    line_comment = "#"
    embeds_scripts = True

    def claims(self, name: str) -> bool:
        return is_flow_path(name)

    def build_model(
        self, source: SourceFile, tree: tree_sitter.Tree | None = None
    ) -> ScriptModel | FlowModel:
        from wac_lint.flows import build_flow_model

        return build_flow_model(source)

    def comments(self, model: ScriptModel | FlowModel) -> Iterator[tuple[int, int, str]]:
        from wac_lint.flows.comments import yaml_comments
        from wac_lint.flows.model import FlowModel

        assert isinstance(model, FlowModel)
        yield from yaml_comments(model)


FLOW = Flow()
