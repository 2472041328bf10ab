"""OpenFlow flows (`<name>.flow/flow.yaml`, `<name>__flow/flow.yaml`): the flow front-end.

from wac_lint.flows import build_flow_model
model = build_flow_model(SourceFile("f/etl.flow/flow.yaml", text, LANG_FLOW))

The WAC5xx rules read the `FlowModel`; `wac_lint.flows.graph` draws it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wac_lint.flows.build import build_flow_model
    from wac_lint.flows.model import FlowModel

__all__ = ["FlowModel", "build_flow_model"]


def __getattr__(name: str) -> Any:
    # Loaded on first use: the flow rules import this package's modules, and a run
    # over scripts only should not load the YAML reader they need for flows.
    if name == "build_flow_model":
        from wac_lint.flows.build import build_flow_model

        return build_flow_model
    if name == "FlowModel":
        from wac_lint.flows.model import FlowModel

        return FlowModel
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
