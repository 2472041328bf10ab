"""SQL steps' inputs, as Windmill's SQL parsers read them: every sample of
`tests/data/sql_signatures.json` (what windmill-parser-wasm-regex answered for
it, run by node when the file was made), plus the `database` input the CLI adds,
and the findings on a flow whose SQL step and SQL script by path are mis-wired."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from wac_lint.engine import analyze_bytes
from wac_lint.flows.sql_signature import SqlInput, json_type, sql_inputs

GOLDEN = json.loads(
    (Path(__file__).parent / "data" / "sql_signatures.json").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("sample", GOLDEN["samples"], ids=lambda s: s["code"][:40])
def test_inputs_are_windmills(sample: dict[str, Any]) -> None:
    inputs = sql_inputs(sample["code"], sample["language"])
    assert inputs is not None
    ours = [(i.name, not i.required) for i in inputs if i.name != "database"]
    theirs = [(a["name"], a["has_default"]) for a in sample["args"]]
    assert sorted(ours) == sorted(theirs)
    database = [i for i in inputs if i.name == "database"]
    if sample["language"] == "duckdb":
        assert database == []
    else:
        # a `-- database` line names the resource in the script: the input is not needed
        assert [d.required for d in database] == [sample["db_resource"] is None]


def test_types_from_casts_and_declarations() -> None:
    code = "-- $2 n = 3\nSELECT $1::bigint, $2::int4, $3::text[], $4::numeric, $5, $6::jsonb;\n"
    inputs = sql_inputs(code, "postgresql")
    assert inputs == (
        SqlInput("database", True, None, "postgresql"),
        SqlInput("$1", True, "integer"),
        SqlInput("n", False, "integer"),
        SqlInput("$3", True, "array"),
        SqlInput("$4", True, "number"),
        SqlInput("$5", True, None),  # no cast: not judged
        SqlInput("$6", True, None),
    )
    assert json_type("VARCHAR(20)") == "string"
    assert sql_inputs("SELECT 1", "graphql") is None


def test_a_mis_wired_sql_step_is_reported(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "shop"
    (folder / "report__flow").mkdir(parents=True)
    (folder / "top.my.sql").write_text("-- ? n (int) = 5\n-- ? region (varchar)\nSELECT 1;\n")
    path = folder / "report__flow" / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n"
        "    - id: orders\n      value:\n        type: rawscript\n        language: postgresql\n"
        "        content: 'SELECT * FROM orders WHERE id = $1::bigint'\n"
        "        input_transforms:\n"
        "          $1: {type: static, value: abc}\n"
        "    - id: top\n      value:\n        type: script\n        path: f/shop/top\n"
        "        input_transforms:\n"
        "          database: {type: static, value: f/shop/mysql}\n"
        "          region: {type: static, value: eu}\n"
    )
    result = analyze_bytes(path.read_bytes(), str(path))
    found = [(f.row, f.code, f.message) for f in result.findings]
    assert found == [
        (
            9,
            "WAC506",
            "the postgresql query of step `orders` takes `database` (no default), but "
            "`input_transforms` gives it no value",
        ),
        (10, "WAC506", "`$1` is an integer, but the static value is a string"),
        (
            16,
            "WAC508",
            "`database` is a `mysql` resource, but the static value is a plain string, passed "
            "as it is; write `$res:f/shop/mysql` if that is the resource's path",
        ),
    ]


def test_an_empty_database_string_is_named_as_such(tmp_path: Path) -> None:
    folder = tmp_path / "q__flow"
    folder.mkdir()
    path = folder / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n"
        "    - id: q\n      value:\n        type: rawscript\n        language: postgresql\n"
        "        content: 'SELECT 1'\n"
        "        input_transforms:\n"
        "          database: {type: static, value: ''}\n"
    )
    result = analyze_bytes(path.read_bytes(), str(path))
    assert [(f.row, f.code, f.message) for f in result.findings] == [
        (
            10,
            "WAC508",
            "`database` is a `postgresql` resource, but the static value is an empty string: "
            "the step gets no resource; give `$res:<path>`",
        )
    ]
    # with `-- database f/db/main` the script names its resource: the input may stay empty
    path.write_text(path.read_text().replace("'SELECT 1'", "'-- database f/db/main\n\n  SELECT 1'"))
    assert analyze_bytes(path.read_bytes(), str(path)).findings == []


def test_a_sql_script_by_path_is_read_before_its_metadata(tmp_path: Path) -> None:
    # Windmill's worker parses the query when it runs; a stale .script.yaml says nothing
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "shop"
    (folder / "report__flow").mkdir(parents=True)
    (folder / "top.pg.sql").write_text("-- $1 region\nSELECT * FROM t WHERE r = $1::text;\n")
    (folder / "top.script.yaml").write_text(
        "summary: ''\ndescription: ''\nkind: script\nschema:\n  type: object\n"
        "  properties:\n    database: {type: object, format: resource-postgresql}\n"
        "    region_code: {type: string}\n  required: [database, region_code]\n"
    )
    path = folder / "report__flow" / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n"
        "    - id: top\n      value:\n        type: script\n        path: f/shop/top\n"
        "        input_transforms:\n"
        "          database: {type: static, value: $res:f/shop/pg}\n"
        "          region: {type: static, value: eu}\n"
    )
    assert analyze_bytes(path.read_bytes(), str(path)).findings == []


def test_dollar_quotes_and_typed_declarations_as_windmill_reads_them(tmp_path: Path) -> None:
    # `$2` inside a $$...$$ body is not an input; `-- $3 since (date)` is one even
    # though the query never uses it (windmill-parser-wasm-regex 1.764.0).
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "shop" / "report__flow"
    folder.mkdir(parents=True)
    path = folder / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n"
        "    - id: q\n      value:\n        type: rawscript\n        language: postgresql\n"
        "        content: |\n"
        "          -- database f/shop/pg\n"
        "          -- $3 since (date)\n"
        "          SELECT $1::int, $$ not $2 $$, E'it\\'s' || 'x'\n"
        "        input_transforms:\n"
        "          $1: {type: static, value: 4}\n"
    )
    result = analyze_bytes(path.read_bytes(), str(path))
    found = [(f.row, f.code, f.message) for f in result.findings]
    assert found == [
        (
            12,
            "WAC506",
            "the postgresql query of step `q` takes `since` (no default), but "
            "`input_transforms` gives it no value",
        )
    ]
