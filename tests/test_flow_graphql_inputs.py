"""GraphQL steps' inputs, as Windmill's GraphQL parser reads them: every sample
of `tests/data/graphql_signatures.json` (what windmill-parser-wasm-regex
answered for it, run by node when the file was made), plus the `api` input the
CLI adds, and the findings on flows whose GraphQL steps are mis-wired."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wac_lint.engine import analyze_bytes
from wac_lint.flows.graphql_signature import GraphqlInput, graphql_inputs

GOLDEN = json.loads(
    (Path(__file__).parent / "data" / "graphql_signatures.json").read_text(encoding="utf-8")
)
_KINDS = {"int": "integer", "float": "number", "bool": "boolean"}


def _kind(typ: Any) -> str | None:
    if isinstance(typ, str):
        return _KINDS.get(typ)
    if "list" in typ:
        return "array"
    return "string" if "str" in typ else None  # an object: not judged


@pytest.mark.parametrize("sample", GOLDEN["samples"], ids=lambda s: s["code"][:40])
def test_inputs_are_windmills(sample: dict[str, Any]) -> None:
    ours = graphql_inputs(sample["code"])
    assert ours[0] == GraphqlInput("api", True, None, "graphql")
    theirs = [
        GraphqlInput(a["name"], not a["has_default"], _kind(a["typ"])) for a in sample["args"]
    ]
    assert list(ours[1:]) == theirs


def _flow(tmp_path: Path, step: str) -> Path:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "crm"
    (folder / "sync__flow").mkdir(parents=True)
    (folder / "lookup.gql").write_text(
        "query Lookup($email: String!, $limit: Int = 10) { users(email: $email) { id } }\n"
    )
    path = folder / "sync__flow" / "flow.yaml"
    path.write_text("summary: s\nvalue:\n  modules:\n" + step)
    return path


def test_an_inline_graphql_step_missing_a_required_variable(tmp_path: Path) -> None:
    path = _flow(
        tmp_path,
        "    - id: q\n      value:\n        type: rawscript\n        language: graphql\n"
        "        content: 'query($id: ID!, $n: Int) { node(id: $id) { id } }'\n"
        "        input_transforms:\n"
        "          api: {type: static, value: '$res:f/crm/gh'}\n"
        "          n: {type: static, value: many}\n",
    )
    found = [
        (f.row, f.code, f.message) for f in analyze_bytes(path.read_bytes(), str(path)).findings
    ]
    assert found == [
        (
            9,
            "WAC506",
            "the GraphQL query of step `q` takes `id` (no default), but "
            "`input_transforms` gives it no value",
        ),
        (11, "WAC506", "`n` is an integer, but the static value is a string"),
    ]


def test_a_graphql_script_by_path(tmp_path: Path) -> None:
    path = _flow(
        tmp_path,
        "    - id: q\n      value:\n        type: script\n        path: f/crm/lookup\n"
        "        input_transforms:\n"
        "          api: {type: static, value: '$res:f/crm/gh'}\n"
        "          mail: {type: static, value: a@b.c}\n",
    )
    found = [
        (f.row, f.code, f.message) for f in analyze_bytes(path.read_bytes(), str(path)).findings
    ]
    assert found == [
        (
            8,
            "WAC506",
            "the GraphQL query lookup.gql takes `email` (no default), but "
            "`input_transforms` gives it no value",
        ),
        (
            10,
            "WAC506",
            "`mail` is not a parameter of the GraphQL query lookup.gql: the value goes nowhere",
        ),
    ]
