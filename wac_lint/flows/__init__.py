"""OpenFlow flows (`<name>.flow/flow.yaml`, `<name>__flow/flow.yaml`): the flow front-end.

from wac_lint.flows import build_flow_model
model = build_flow_model(SourceFile("f/etl.flow/flow.yaml", text, LANG_FLOW))

The WAC5xx rules read the `FlowModel`; `wac_lint.flows.graph` draws it.
"""

from __future__ import annotations

from wac_lint.flows.build import build_flow_model
from wac_lint.flows.model import FlowModel

__all__ = ["FlowModel", "build_flow_model"]
