"""Red team AM-F (flows): the general causes behind what heldout_am found, as small
flows written to a temporary Windmill repository (scripts and subflows reached by path
need their files), one analysis per case.

- A SQL script by path (`f/x/q.pg.sql`, `.my.sql`) gives rows, as the same query
  written in the flow does: `results.q.rows`, `result.rows` in its own `stop_after_if`,
  a field of a loop's item the query does not select (WAC503), the whole row handed to
  a number parameter (WAC506).
- A Python / TypeScript script by path whose every `return` gives a list: a field of
  its result is undefined (WAC503), as for an inline step.
- Equality with a value the schema's `enum` does not list is judged through an array
  input's index (`flow_input.tags[0]`), a loop item's field (`flow_input.iter.value.x`
  in a loop over an array input), an object input's nested field, and as an entry of a
  literal list given to `.includes(flow_input.x)` (WAC504).
- An approval's answer reaches the branch conditions and the loop iterator of the step
  right after it: `resume.<x>` compared there with a value the form's `enum` does not
  list, or a field the form does not declare (WAC509).
- A script with modules is found by path whatever its entry point's extension
  (`__mod/script.deno.ts`, `script.bun.ts`, `script.pg.sql`: windmill-cli
  `isModuleEntryPoint` takes any `script.*`), so its inputs and result are judged.
- A field of a field of a `flow` step's result is judged by the subflow's last step
  (`results.sub.industry.upper()`, `results.sub.owner.emial`; WAC503).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]


def _repo(tmp_path: Path, files: dict[str, str]) -> Path:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n", encoding="utf-8")
    for name, text in files.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return tmp_path


def _run(tmp_path: Path, flow: str, files: dict[str, str] | None = None) -> list[Finding]:
    root = _repo(tmp_path, files or {})
    path = root / "f" / "am" / "probe__flow" / "flow.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(flow, encoding="utf-8")
    result = analyze_bytes(path.read_bytes(), str(path))
    assert result.errors == []
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def _row(text: str, needle: str) -> int:
    rows = [i for i, line in enumerate(text.splitlines(), 1) if needle in line]
    return rows[-1]


def _use(expr: str, param: str = "x", kind: str = "") -> str:
    annotation = f": {kind}" if kind else ""
    return (
        "    - id: use\n"
        "      value:\n"
        "        type: rawscript\n"
        "        language: python3\n"
        "        content: |\n"
        f"          def main({param}{annotation}):\n"
        f"              return {param}\n"
        "        input_transforms:\n"
        f'          {param}: {{type: javascript, expr: "{expr}"}}\n'
    )


PG = "-- $1 warehouse_id\nSELECT sku, qty, bin FROM stock WHERE warehouse_id = $1::int;\n"
MY = "-- ? warehouse_id (int)\nSELECT sku, qty, bin FROM stock WHERE warehouse_id = ?;\n"


def _sql_step(sid: str = "q", extra: str = "") -> str:
    return (
        f"    - id: {sid}\n"
        "      value:\n"
        "        type: script\n"
        "        path: f/am/lib/stock\n"
        "        input_transforms:\n"
        "          database: {type: static, value: $res:f/am/db}\n"
        "          warehouse_id: {type: static, value: 1}\n"
        f"{extra}"
    )


HEAD = "summary: s\nvalue:\n  modules:\n"


@pytest.mark.parametrize("name, code", [("stock.pg.sql", PG), ("stock.my.sql", MY)])
def test_sql_by_path_result_is_rows(tmp_path: Path, name: str, code: str) -> None:
    flow = HEAD + _sql_step() + _use("results.q.rows.length")
    found = _run(tmp_path, flow, {f"f/am/lib/{name}": code})
    label = "PostgreSQL" if name.endswith(".pg.sql") else "MySQL"
    assert found == [
        (
            _row(flow, "results.q.rows"),
            "WAC503",
            "error",
            f"`results.q.rows`: step `q` is a {label} query, whose result is the list of its "
            "last statement's rows, which has no `rows`; the rows are the result itself: "
            "read `results.q`",
        )
    ]


@pytest.mark.parametrize(
    "expr", ["results.q.length", "results.q[0].qty", "results.q.map((r) => r.sku)"]
)
def test_sql_by_path_rows_read_as_a_list(tmp_path: Path, expr: str) -> None:
    flow = HEAD + _sql_step() + _use(expr)
    assert _run(tmp_path, flow, {"f/am/lib/stock.pg.sql": PG}) == []


def test_sql_by_path_own_stop_after_if(tmp_path: Path) -> None:
    stop = "      stop_after_if:\n        expr: result.rows.length === 0\n"
    flow = HEAD + _sql_step(extra=stop) + _use("results.q")
    found = _run(tmp_path, flow, {"f/am/lib/stock.pg.sql": PG})
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow, "result.rows"), "WAC503", "error")]
    ok = (
        HEAD
        + _sql_step(extra=stop.replace("result.rows.length", "result.length"))
        + _use("results.q")
    )
    assert _run(tmp_path, ok, {"f/am/lib/stock.pg.sql": PG}) == []


def _loop_over_rows(field: str, param: str = "sku", kind: str = "str") -> str:
    return (
        "    - id: each\n"
        "      value:\n"
        "        type: forloopflow\n"
        "        iterator: {type: javascript, expr: results.q}\n"
        "        skip_failures: false\n"
        "        modules:\n"
        "          - id: one\n"
        "            value:\n"
        "              type: rawscript\n"
        "              language: python3\n"
        "              content: |\n"
        f"                def main({param}: {kind}):\n"
        f"                    return {param}\n"
        "              input_transforms:\n"
        f"                {param}: {{type: javascript, expr: {field}}}\n"
    )


def test_sql_by_path_loop_item_field(tmp_path: Path) -> None:
    flow = HEAD + _sql_step() + _loop_over_rows("flow_input.iter.value.quantity", "qty", "int")
    found = _run(tmp_path, flow, {"f/am/lib/stock.pg.sql": PG})
    assert found == [
        (
            _row(flow, "quantity"),
            "WAC503",
            "error",
            "`flow_input.iter.value.quantity`: loop `each` iterates over `results.q`, and step "
            "`q`'s query selects `bin`, `qty`, `sku` and no `quantity`, so it is undefined",
        )
    ]
    ok = HEAD + _sql_step() + _loop_over_rows("flow_input.iter.value.qty", "qty", "int")
    assert _run(tmp_path, ok, {"f/am/lib/stock.pg.sql": PG}) == []


def test_sql_by_path_whole_row_to_number(tmp_path: Path) -> None:
    flow = HEAD + _sql_step() + _loop_over_rows("flow_input.iter.value", "qty", "int")
    found = _run(tmp_path, flow, {"f/am/lib/stock.pg.sql": PG})
    assert found == [
        (
            _row(flow, "expr: flow_input.iter.value}"),
            "WAC506",
            "warning",
            "`qty` is an integer, but `flow_input.iter.value` is an object (loop `each` "
            "iterates over `results.q`, a PostgreSQL query, whose rows are objects): Windmill "
            "passes the value as it is, without converting it",
        )
    ]


@pytest.mark.parametrize(
    "name, code",
    [
        ("load.py", "def main():\n    return [{'id': i} for i in range(3)]\n"),
        (
            "load.ts",
            "export async function main() {\n  return [1, 2].map((i) => ({ id: i }));\n}\n",
        ),
    ],
)
def test_list_returning_script_by_path(tmp_path: Path, name: str, code: str) -> None:
    step = (
        "    - id: load\n"
        "      value:\n"
        "        type: script\n"
        "        path: f/am/lib/load\n"
        "        input_transforms: {}\n"
    )
    flow = HEAD + step + _use("results.load.total")
    found = _run(tmp_path, flow, {f"f/am/lib/{name}": code})
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow, "results.load"), "WAC503", "error")]
    assert "returns a list" in found[0][3]
    ok = HEAD + step + _use("results.load.length")
    assert _run(tmp_path, ok, {f"f/am/lib/{name}": code}) == []


ENUM_SCHEMA = """summary: s
schema:
  type: object
  properties:
    channels:
      type: array
      items: {type: string, enum: [sms, slack]}
    region:
      type: string
      enum: [eu, uk, us]
    opts:
      type: object
      properties:
        mode: {type: string, enum: [fast, safe]}
    parcels:
      type: array
      items:
        type: object
        properties:
          carrier: {type: string, enum: [dhl, ups]}
value:
  modules:
"""


@pytest.mark.parametrize(
    "expr, read, shown",
    [
        ("flow_input.channels[0] === 'SMS'", "flow_input.channels[0]", "'SMS'"),
        ("flow_input.opts.mode === 'Fast'", "flow_input.opts.mode", "'Fast'"),
        ("flow_input.region == 'EU'", "flow_input.region", "'EU'"),
    ],
)
def test_enum_through_index_and_fields(tmp_path: Path, expr: str, read: str, shown: str) -> None:
    flow = ENUM_SCHEMA + _use(expr, kind="bool")
    found = _run(tmp_path, flow)
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow, "expr:"), "WAC504", "warning")]
    assert found[0][3].startswith(f"`{read}` is never `{shown}`: the flow's schema allows only")


def _loop_items(expr: str) -> str:
    return (
        "    - id: each\n"
        "      value:\n"
        "        type: forloopflow\n"
        "        iterator: {type: javascript, expr: flow_input.parcels}\n"
        "        skip_failures: false\n"
        "        modules:\n"
        "          - id: pick\n"
        "            value:\n"
        "              type: branchone\n"
        "              branches:\n"
        "                - summary: one\n"
        f'                  expr: "{expr}"\n'
        "                  modules:\n"
        "                    - id: a\n"
        "                      value: {type: identity}\n"
        "              default: []\n"
    )


def test_enum_of_loop_items(tmp_path: Path) -> None:
    flow = ENUM_SCHEMA + _loop_items("flow_input.iter.value.carrier === 'DHL'")
    found = _run(tmp_path, flow)
    assert found == [
        (
            _row(flow, "'DHL'"),
            "WAC504",
            "warning",
            "`flow_input.iter.value.carrier` is never `'DHL'`: the flow's schema allows only "
            "`dhl`, `ups` (`enum`), which the run form and the triggers built from it give, so "
            "this comparison is always false",
        )
    ]
    ok = ENUM_SCHEMA + _loop_items("flow_input.iter.value.carrier === 'dhl'")
    assert _run(tmp_path, ok) == []


def test_enum_entry_of_literal_list(tmp_path: Path) -> None:
    flow = ENUM_SCHEMA + _use("['uk', 'CH'].includes(flow_input.region)", kind="bool")
    found = _run(tmp_path, flow)
    assert found == [
        (
            _row(flow, "includes"),
            "WAC504",
            "warning",
            "`flow_input.region` is never `'CH'`: the flow's schema allows only `eu`, `uk`, "
            "`us` (`enum`), which the run form and the triggers built from it give, so this "
            "entry of the list never matches",
        )
    ]
    inside = ENUM_SCHEMA + _loop_items("['UPS'].includes(flow_input.iter.value.carrier)")
    assert [(c, s) for _, c, s, _ in _run(tmp_path, inside)] == [("WAC504", "warning")]
    ok = ENUM_SCHEMA + _use("['uk', 'eu'].includes(flow_input.region)", kind="bool")
    assert _run(tmp_path, ok) == []


APPROVAL = """summary: s
value:
  modules:
    - id: review
      value: {type: identity}
      suspend:
        required_events: 1
        resume_form:
          schema:
            type: object
            properties:
              decision: {type: string, enum: [approved, rejected]}
              regions: {type: array, items: {type: string}}
"""


def test_resume_enum_in_branch_condition(tmp_path: Path) -> None:
    branch = (
        "    - id: decide\n"
        "      value:\n"
        "        type: branchone\n"
        "        branches:\n"
        "          - summary: yes\n"
        "            expr: resume.decision === 'approve'\n"
        "            modules:\n"
        "              - id: go\n"
        "                value: {type: identity}\n"
        "        default: []\n"
    )
    flow = APPROVAL + branch
    found = _run(tmp_path, flow)
    assert found == [
        (
            _row(flow, "'approve'"),
            "WAC509",
            "warning",
            "`resume.decision` is never `'approve'`: the approval form of `review` allows only "
            "`approved`, `rejected` (`enum`), which the approval page offers, so this "
            "comparison is always false; did you mean `'approved'`?",
        )
    ]
    assert _run(tmp_path, flow.replace("'approve'", "'approved'")) == []


def test_resume_field_in_loop_iterator(tmp_path: Path) -> None:
    loop = (
        "    - id: each\n"
        "      value:\n"
        "        type: forloopflow\n"
        "        iterator: {type: javascript, expr: resume.region_list}\n"
        "        skip_failures: false\n"
        "        modules:\n"
        "          - id: one\n"
        "            value: {type: identity}\n"
    )
    flow = APPROVAL + loop
    found = _run(tmp_path, flow)
    assert [(r, c, s) for r, c, s, _ in found] == [(_row(flow, "region_list"), "WAC509", "error")]
    assert found[0][3].startswith(
        "`resume.region_list` is not a field of the approval form of `review`"
    )
    assert _run(tmp_path, flow.replace("region_list", "regions")) == []


SUB = """summary: sub
schema:
  type: object
  properties:
    domain: {type: string}
  required: [domain]
value:
  modules:
    - id: lookup
      value:
        type: rawscript
        language: python3
        content: |
          def main(domain: str):
              return {
                  "domain": domain,
                  "industry": "software",
                  "owner": {"name": "a", "email": "b"},
              }
        input_transforms:
          domain: {type: javascript, expr: flow_input.domain}
"""

CALL = (
    "    - id: enrich\n"
    "      value:\n"
    "        type: flow\n"
    "        path: f/am/sub\n"
    "        input_transforms:\n"
    "          domain: {type: static, value: acme.io}\n"
)


@pytest.mark.parametrize(
    "expr, message",
    [
        (
            "results.enrich.industry.upper()",
            "`results.enrich.industry.upper`: the result of flow f/am/sub (its last step "
            "`lookup`) is that step's result, and every `return` of its `main` gives `industry` "
            "as a string, which has no `upper` in JavaScript, so calling it throws a TypeError; "
            "Python's `upper` is `toUpperCase` in JavaScript",
        ),
        (
            "results.enrich.owner.emial",
            "`results.enrich.owner.emial`: the result of flow f/am/sub (its last step `lookup`) "
            "is that step's result, and every `return` of its `main` gives `owner` as an object "
            "with `email`, `name` and no `emial`, so it is undefined; did you mean `email`?",
        ),
    ],
)
def test_subflow_field_of_field(tmp_path: Path, expr: str, message: str) -> None:
    flow = HEAD + CALL + _use(expr)
    found = _run(tmp_path, flow, {"f/am/sub__flow/flow.yaml": SUB})
    assert found == [(_row(flow, "expr:"), "WAC503", "error", message)]


@pytest.mark.parametrize(
    "expr", ["results.enrich.industry.toUpperCase()", "results.enrich.owner.email"]
)
def test_subflow_field_of_field_ok(tmp_path: Path, expr: str) -> None:
    flow = HEAD + CALL + _use(expr)
    assert _run(tmp_path, flow, {"f/am/sub__flow/flow.yaml": SUB}) == []


NOTIFY = "export async function main(channel: string, text: string) {\n  return { ok: true };\n}\n"


@pytest.mark.parametrize(
    "name", ["notify__mod/script.deno.ts", "notify__mod/script.bun.ts", "notify__mod/script.ts"]
)
def test_module_script_entry_point_of_any_extension(tmp_path: Path, name: str) -> None:
    step = (
        "    - id: s\n"
        "      value:\n"
        "        type: script\n"
        "        path: f/am/lib/notify\n"
        "        input_transforms:\n"
        "          channel: {type: static, value: '#ops'}\n"
    )
    files = {f"f/am/lib/{name}": NOTIFY, "f/am/lib/notify__mod/helper.ts": "export const x = 1;\n"}
    found = _run(tmp_path, HEAD + step, files)
    file = name.split("/")[-1]
    assert found == [
        (
            _row(HEAD + step, "input_transforms"),
            "WAC506",
            "error",
            f"`main` of {file} takes `text` (no default), but `input_transforms` gives it no value",
        )
    ]


def test_module_sql_script_gives_rows(tmp_path: Path) -> None:
    flow = HEAD + _sql_step() + _use("results.q.rows")
    found = _run(tmp_path, flow, {"f/am/lib/stock__mod/script.pg.sql": PG})
    assert [(r, c, s) for r, c, s, _ in found] == [
        (_row(flow, "results.q.rows"), "WAC503", "error")
    ]
    assert _run(tmp_path, HEAD + _sql_step() + _use("results.q"), {}) == []


def test_enum_of_loop_items_that_are_strings(tmp_path: Path) -> None:
    loop = (
        "    - id: each\n"
        "      value:\n"
        "        type: forloopflow\n"
        "        iterator: {type: javascript, expr: flow_input.channels}\n"
        "        skip_failures: false\n"
        "        modules:\n"
        "          - id: one\n"
        "            value:\n"
        "              type: rawscript\n"
        "              language: python3\n"
        "              content: |\n"
        "                def main(x: bool):\n"
        "                    return x\n"
        "              input_transforms:\n"
        "                x: {type: javascript, expr: \"flow_input.iter.value === 'SMS'\"}\n"
    )
    found = _run(tmp_path, ENUM_SCHEMA + loop)
    assert [(c, s) for _, c, s, _ in found] == [("WAC504", "warning")]
    assert found[0][3].startswith("`flow_input.iter.value` is never `'SMS'`")
