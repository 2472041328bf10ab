"""WAC500 validates with the OpenFlow schema of the pinned `wmill` (windmill-cli
1.819.0, its bundled windmill-yaml-validator `openflow.json`), not the flow
guide's older copy: what `wmill` accepts is not reported, what it rejects is."""

from __future__ import annotations

from wac_lint.engine import analyze_source
from wac_lint.registry import rule_by_code
from wac_lint.source import SourceFile

NEWER_KEYS = """summary: s
on_behalf_of_email: admin@example.com
value:
  groups:
    - summary: g
      start_id: a
      end_id: a
  preserve_step_tags: true
  flow_env:
    RETRIES: 3
    VERBOSE: true
  modules:
    - id: a
      delete_after_secs: 10
      debouncing:
        debounce_delay_s: DELAY
      value:
        type: rawscript
        language: rlang
        content: "main <- function() 1"
        input_transforms: {}
      stop_after_if:
        expr: result == 1
        error_include_result: true
    - id: agent
      value:
        type: aiagent
        input_transforms:
          provider: {type: static, value: {kind: openai, resource: "$res:f/ai/o", model: m}}
          output_type: {type: static, value: text}
        tools:
          - id: t
            value: {tool_type: mcp, resource_path: f/ai/mcp}
          - id: bad
            value: {tool_type: shell}
"""


def _found(text: str) -> list[tuple[int, str]]:
    rule = rule_by_code("WAC500")
    assert rule is not None
    source = SourceFile("x.flow/flow.yaml", text, "flow")
    return [(f.row, f.message) for f in analyze_source(source, rules=[rule]).findings]


def test_what_wmill_accepts_is_not_reported_and_what_it_rejects_is() -> None:
    assert _found(NEWER_KEYS.replace("DELAY", "5")) == [
        (
            35,
            "`value.modules[1].value.tools[1].value.tool_type`: `shell` is not a known "
            "tool_type (flowmodule, mcp, websearch)",
        )
    ]
    assert _found(NEWER_KEYS.replace("DELAY", "1.5"))[0] == (
        16,
        "`value.modules[0].debouncing.debounce_delay_s` is a number, but FlowModule wants "
        "an integer",
    )
