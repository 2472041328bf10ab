"""Red team AO-F (flows calling the repository): the general causes behind what
heldout_ao found, as small flows written to a temporary Windmill repository (the
scripts and subflows they reach by path need their files), one analysis per case.

- A `flow` step's result is its flow's last step's at every level: when that last
  step runs a flow of its own, the result is that flow's last step's, followed down
  (`results.rollup.headcount` through two subflows; WAC503). A flow step is such a
  result wherever a step's result is judged: as the last step of a `branchall` branch
  (`results.fan[0].rate`) or of a `branchone` branch (`results.pick.rate`), as the list
  a for loop iterates over (`flow_input.iter.value.email`, a column the subflow's query
  does not select; WAC503), as a loop's whole `iterator` (an object: WAC506, an error),
  and as a whole value handed to a typed parameter (`payload: dict` given a subflow's
  rows; WAC506).
- A whole flow input that the flow's schema declares as a list of strings handed to a
  parameter typed as a list of numbers (`ids: list[int]`, `ids: number[]`): Windmill
  converts no item (WAC506), as for a static list or a `.split(',')`.
- A static object that gives some members of the parameter's object type and, for
  another, a key spelt like it (`weight_kg` for `weightKg`, `dryrun` for `dryRun`): the
  key goes nowhere and `main` reads undefined for the member (WAC506).
- Found while fixing the above (other spellings of "what ends a subflow"): a subflow
  ending with an identity step gives the result of the step before it, and one whose
  last step runs a flow ending with a loop gives a list (WAC503); a whole flow input
  whose schema `enum` lists values the parameter's choices do not (`Literal[...]`, a
  subflow's `enum`) is WAC506's warning, as a static value outside them is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]


def _run(tmp_path: Path, flow: str, files: dict[str, str] | None = None) -> list[Finding]:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n", encoding="utf-8")
    for name, text in (files or {}).items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    path = tmp_path / "f" / "ao" / "probe__flow" / "flow.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(flow, encoding="utf-8")
    result = analyze_bytes(path.read_bytes(), str(path))
    assert result.errors == []
    return [(f.row, f.code, f.severity, f.message) for f in result.findings]


def _codes(found: list[Finding]) -> list[tuple[int, str]]:
    return [(row, code) for row, code, _, _ in found]


def _row(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)


def _flow(steps: str, schema: str = "") -> str:
    return f"summary: probe\n{schema}value:\n  modules:\n{steps}"


def _sub(path: str, transforms: str = "{}", sid: str = "sub") -> str:
    return (
        f"    - id: {sid}\n"
        "      value:\n"
        "        type: flow\n"
        f"        path: {path}\n"
        f"        input_transforms: {transforms}\n"
    )


def _use(expr: str, param: str = "x", annotation: str = "", sid: str = "use") -> str:
    typed = f": {annotation}" if annotation else ""
    return (
        f"    - id: {sid}\n"
        "      value:\n"
        "        type: rawscript\n"
        "        language: python3\n"
        "        content: |\n"
        f"          def main({param}{typed}):\n"
        f"              return {param}\n"
        "        input_transforms:\n"
        f'          {param}: {{type: javascript, expr: "{expr}"}}\n'
    )


PY_LEAF = 'def main(domain: str):\n    return {"company": domain, "employees": 12}\n'
TS_LEAF = (
    "export async function main(domain: string) {\n"
    "  return { company: domain, employees: 12 };\n}\n"
)
ROWS_SQL = (
    "-- $1 region\nSELECT id, customer_email, amount_cents FROM invoices WHERE region = $1::text;\n"
)


def _leaf_flow(language: str, file: str) -> str:
    return (
        "summary: leaf\nvalue:\n  modules:\n    - id: lookup\n      value:\n"
        f"        type: rawscript\n        language: {language}\n"
        f"        content: '!inline {file}'\n"
        "        input_transforms:\n          domain: {type: static, value: acme.com}\n"
    )


def _middle_flow(target: str, sid: str = "enrich") -> str:
    return (
        "summary: middle\nvalue:\n  modules:\n"
        "    - id: prepare\n      value: {type: identity}\n"
        f"    - id: {sid}\n      value:\n        type: flow\n        path: {target}\n"
        "        input_transforms: {}\n"
    )


def _leaf_files(language: str = "python3") -> dict[str, str]:
    file, code = ("lookup.py", PY_LEAF) if language == "python3" else ("lookup.ts", TS_LEAF)
    return {
        f"f/ao/leaf__flow/{file}": code,
        "f/ao/leaf__flow/flow.yaml": _leaf_flow(language, file),
    }


# --- a flow step's result, through a subflow whose last step runs another flow


@pytest.mark.parametrize("language", ["python3", "bun"])
def test_a_field_of_a_two_deep_subflow_result(tmp_path: Path, language: str) -> None:
    files = {**_leaf_files(language), "f/ao/mid__flow/flow.yaml": _middle_flow("f/ao/leaf")}
    flow = _flow(_sub("f/ao/mid") + _use("results.sub.headcount"))
    assert _run(tmp_path, flow, files) == [
        (
            _row(flow, "headcount"),
            "WAC503",
            "error",
            "`results.sub.headcount`: the result of flow f/ao/mid (its last step `enrich`, "
            "which runs flow f/ao/leaf, whose last step is `lookup`) is what that step "
            "returns, and every `return` of its `main` gives an object with `company`, "
            "`employees` and no `headcount`, so it is undefined",
        )
    ]


def test_three_deep_and_the_fields_it_gives(tmp_path: Path) -> None:
    files = {
        **_leaf_files(),
        "f/ao/mid__flow/flow.yaml": _middle_flow("f/ao/leaf"),
        "f/ao/top__flow/flow.yaml": _middle_flow("f/ao/mid", sid="roll"),
    }
    flow = _flow(
        _sub("f/ao/top") + _use("results.sub.emploees") + _use("results.sub.employees", sid="ok")
    )
    assert _codes(_run(tmp_path, flow, files)) == [(_row(flow, "emploees"), "WAC503")]


def test_a_flow_that_runs_itself_last_is_not_followed_forever(tmp_path: Path) -> None:
    files = {"f/ao/loop__flow/flow.yaml": _middle_flow("f/ao/loop")}
    assert _run(tmp_path, _flow(_sub("f/ao/loop") + _use("results.sub.anything")), files) == []


def test_a_middle_step_with_skip_if_is_not_judged(tmp_path: Path) -> None:
    middle = _middle_flow("f/ao/leaf").replace(
        "      value: {type: identity}\n",
        "      value: {type: identity}\n      skip_if: {expr: 'true'}\n",
    )
    files = {**_leaf_files(), "f/ao/mid__flow/flow.yaml": middle}
    assert _run(tmp_path, _flow(_sub("f/ao/mid") + _use("results.sub.headcount")), files) == []


# --- a flow step as the last step of a branch


def _branches(kind: str, default: str = "") -> str:
    one = kind == "branchone"
    return (
        "    - id: fan\n"
        "      value:\n"
        f"        type: {kind}\n"
        + (f"        default:\n{default}" if one else "        parallel: true\n")
        + "        branches:\n"
        + ("          - expr: 'true'\n" if one else "          - skip_failure: false\n")
        + "            modules:\n"
        "              - id: fx\n"
        "                value:\n"
        "                  type: flow\n"
        "                  path: f/ao/leaf\n"
        "                  input_transforms: {}\n"
    )


def test_a_branchall_entry_that_is_a_subflow_result(tmp_path: Path) -> None:
    flow = _flow(
        _branches("branchall")
        + _use("results.fan[0].rate")
        + _use("results.fan[0].company", sid="ok")
    )
    found = _run(tmp_path, flow, _leaf_files())
    assert found == [
        (
            _row(flow, ".rate"),
            "WAC503",
            "error",
            "`results.fan[0].rate`: entry 0 of the result of branchall `fan` is the result of "
            "the last step of its branch 1, `fx`, and the result of flow f/ao/leaf (its last "
            "step `lookup`) is what that step returns, and every `return` of its `main` gives "
            "an object with `company`, `employees` and no `rate`, so it is undefined",
        )
    ]


def test_a_branchone_whose_branch_ends_with_a_subflow(tmp_path: Path) -> None:
    other = (
        "          - id: other\n            value:\n"
        "              type: rawscript\n              language: python3\n"
        "              content: |\n"
        "                def main():\n"
        '                    return {"company": "x", "employees": 1}\n'
        "              input_transforms: {}\n"
    )
    flow = _flow(
        _branches("branchone", other)
        + _use("results.fan.rate")
        + _use("results.fan.employees", sid="ok")
    )
    assert _codes(_run(tmp_path, flow, _leaf_files())) == [(_row(flow, ".rate"), "WAC503")]


# --- a loop over a subflow's result, and the subflow's result as a whole value

ROWS_FILES = {
    "f/ao/rows.pg.sql": ROWS_SQL,
    "f/ao/rows__flow/flow.yaml": (
        "summary: rows\nvalue:\n  modules:\n    - id: q\n      value:\n"
        "        type: script\n        path: f/ao/rows\n"
        "        input_transforms:\n"
        "          database: {type: static, value: '$res:f/ao/db'}\n"
        "          region: {type: static, value: emea}\n"
    ),
}


def _loop(iterator: str, item_expr: str) -> str:
    return (
        "    - id: each\n"
        "      value:\n"
        "        type: forloopflow\n"
        f"        iterator: {{type: javascript, expr: '{iterator}'}}\n"
        "        skip_failures: false\n"
        "        modules:\n"
        "          - id: one\n"
        "            value:\n"
        "              type: rawscript\n"
        "              language: python3\n"
        "              content: |\n"
        "                def main(x):\n"
        "                    return x\n"
        "              input_transforms:\n"
        f"                x: {{type: javascript, expr: '{item_expr}'}}\n"
    )


@pytest.mark.parametrize(
    ("item", "found"),
    [
        ("flow_input.iter.value.email", ["WAC503"]),
        ("flow_input.iter.value.customer_email", []),
        ("flow_input.iter.value.amount_cents / 100", []),
    ],
)
def test_a_loop_over_a_subflow_s_rows(tmp_path: Path, item: str, found: list[str]) -> None:
    flow = _flow(_sub("f/ao/rows") + _loop("results.sub", item))
    assert _codes(_run(tmp_path, flow, ROWS_FILES)) == [(_row(flow, item), c) for c in found]


def test_a_loop_over_a_two_deep_subflow_s_rows_names_both_flows(tmp_path: Path) -> None:
    files = {**ROWS_FILES, "f/ao/mid__flow/flow.yaml": _middle_flow("f/ao/rows")}
    flow = _flow(_sub("f/ao/mid") + _loop("results.sub", "flow_input.iter.value.amount"))
    assert _run(tmp_path, flow, files) == [
        (
            _row(flow, "iter.value.amount"),
            "WAC503",
            "error",
            "`flow_input.iter.value.amount`: loop `each` iterates over `results.sub`, and the "
            "result of flow f/ao/mid (its last step `enrich`, which runs flow f/ao/rows, whose "
            "last step is `q`) is that step's rows, and its query selects `amount_cents`, "
            "`customer_email`, `id` and no `amount`, so it is undefined; did you mean "
            "`amount_cents`?",
        )
    ]


@pytest.mark.parametrize(
    ("iterator", "found"),
    [
        ("results.sub", [("WAC506", "error")]),
        ("Object.entries(results.sub)", []),
    ],
)
def test_an_iterator_that_is_a_subflow_s_object(
    tmp_path: Path, iterator: str, found: list[tuple[str, str]]
) -> None:
    flow = _flow(_sub("f/ao/leaf") + _loop(iterator, "flow_input.iter.value"))
    row = _row(flow, "iterator:")
    assert [f[:3] for f in _run(tmp_path, flow, _leaf_files())] == [(row, *f) for f in found]


def test_a_subflow_s_rows_given_to_an_object_parameter(tmp_path: Path) -> None:
    flow = _flow(_sub("f/ao/rows") + _use("results.sub", "payload", "dict"))
    found = _run(tmp_path, flow, ROWS_FILES)
    assert found == [
        (
            _row(flow, "payload: {"),
            "WAC506",
            "warning",
            "`payload` is an object, but `results.sub` is an array (`results.sub` is the result "
            "of flow f/ao/rows (its last step `q`), and step `q` is a PostgreSQL query, whose "
            "result is the list of its last statement's rows): Windmill passes the value as it "
            "is, without converting it",
        )
    ]


@pytest.mark.parametrize(
    ("expr", "annotation", "found"),
    [
        ("results.sub", "list", ["WAC506"]),  # an object to a list
        ("results.sub", "dict", []),
        ("results.sub.employees", "int", []),
        ("results.sub.employees", "list", ["WAC506"]),  # a field, typed by the leaf's return
    ],
)
def test_a_subflow_s_object_given_to_a_typed_parameter(
    tmp_path: Path, expr: str, annotation: str, found: list[str]
) -> None:
    flow = _flow(_sub("f/ao/leaf") + _use(expr, "x", annotation))
    row = _row(flow, "x: {type")
    assert _codes(_run(tmp_path, flow, _leaf_files())) == [(row, c) for c in found]


# --- a flow input whose schema types the items of a list


def _schema(items: str) -> str:
    return (
        "schema:\n  type: object\n  properties:\n"
        f"    ids:\n      type: array\n      items:\n        type: {items}\n"
    )


@pytest.mark.parametrize(
    ("items", "annotation", "found"),
    [
        ("string", "list[int]", ["WAC506"]),
        ("string", "list[float]", ["WAC506"]),
        ("string", "list[bool]", ["WAC506"]),
        ("integer", "list[int]", []),
        ("number", "list[int]", []),  # numbers and integers are taken for one another
        ("integer", "list[str]", []),  # lists of strings are not judged
        ("string", "list", []),
    ],
)
def test_a_list_input_whose_items_contradict_the_parameter(
    tmp_path: Path, items: str, annotation: str, found: list[str]
) -> None:
    flow = _flow(_use("flow_input.ids", "ids", annotation), _schema(items))
    assert _codes(_run(tmp_path, flow)) == [(_row(flow, "ids: {type"), c) for c in found]


def test_a_list_input_of_strings_for_a_typescript_number_list(tmp_path: Path) -> None:
    step = (
        "    - id: use\n      value:\n        type: rawscript\n        language: bun\n"
        "        content: |\n"
        "          export async function main(ids: number[]) {\n"
        "            return Math.max(...ids);\n"
        "          }\n"
        "        input_transforms:\n"
        "          ids: {type: javascript, expr: flow_input.ids}\n"
    )
    flow = _flow(step, _schema("string"))
    assert _run(tmp_path, flow) == [
        (
            _row(flow, "ids: {type"),
            "WAC506",
            "warning",
            "`ids` is a list of numbers, but the expression gives `flow_input.ids`, which the "
            "flow's schema declares as a list of strings, which `main` receives as they are: "
            "Windmill converts no item; convert them in the expression (`.map(Number)`)",
        )
    ]


# --- a static object with a key spelt like a member it lacks


def _object_step(value: str) -> str:
    return (
        "    - id: quote\n      value:\n        type: rawscript\n        language: bun\n"
        "        content: |\n"
        "          export async function main(\n"
        "            parcel: { weightKg: number; dryRun?: boolean; note?: string },\n"
        "          ) {\n"
        "            return parcel.weightKg * 2;\n"
        "          }\n"
        "        input_transforms:\n"
        f"          parcel: {{type: static, value: {value}}}\n"
    )


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("{weight_kg: 2, note: x}", ["WAC506"]),
        ("{weightKg: 2, dryrun: true}", ["WAC506"]),
        ("{weightKg: 2, dry_run: true, dryRun: false}", []),  # the member is given too
        ("{weightKg: 2, extra: 1}", []),  # spelt like no member
        ("{weightKg: 2, note: x}", []),
    ],
)
def test_a_static_object_with_a_misspelt_member(
    tmp_path: Path, value: str, found: list[str]
) -> None:
    flow = _flow(_object_step(value))
    assert _codes(_run(tmp_path, flow)) == [(_row(flow, "parcel: {type"), c) for c in found]


def test_the_misspelt_member_message(tmp_path: Path) -> None:
    found = _run(tmp_path, _flow(_object_step("{weight_kg: 2, note: x}")))
    assert found[0][3] == (
        "`parcel` is an object with `weightKg`, `dryRun`, `note`, but the static value gives "
        "`weight_kg` (the type has `weightKg`): `main` reads undefined for `weightKg`; rename "
        "the key"
    )


# --- what ends a subflow: an identity step, a loop reached through another flow

LOOP_LEAF = (
    "summary: fan out\nvalue:\n  modules:\n    - id: each\n      value:\n"
    "        type: forloopflow\n        iterator: {type: javascript, expr: '[1, 2]'}\n"
    "        skip_failures: false\n        modules:\n"
    "          - id: one\n            value: {type: identity}\n"
)


def test_a_subflow_that_ends_with_an_identity_step(tmp_path: Path) -> None:
    leaf = _leaf_flow("python3", "lookup.py") + "    - id: done\n      value: {type: identity}\n"
    files = {"f/ao/leaf__flow/lookup.py": PY_LEAF, "f/ao/leaf__flow/flow.yaml": leaf}
    flow = _flow(
        _sub("f/ao/leaf") + _use("results.sub.headcount") + _use("results.sub.company", sid="ok")
    )
    assert _run(tmp_path, flow, files) == [
        (
            _row(flow, "headcount"),
            "WAC503",
            "error",
            "`results.sub.headcount`: the result of flow f/ao/leaf (its last step `done`, an "
            "identity step that hands on the result of `lookup`) is what that step returns, and "
            "every `return` of its `main` gives an object with `company`, `employees` and no "
            "`headcount`, so it is undefined",
        )
    ]


@pytest.mark.parametrize(("expr", "found"), [("results.sub.total", 1), ("results.sub.length", 0)])
def test_a_loop_that_ends_a_flow_a_subflow_runs(tmp_path: Path, expr: str, found: int) -> None:
    files = {
        "f/ao/leaf__flow/flow.yaml": LOOP_LEAF,
        "f/ao/mid__flow/flow.yaml": _middle_flow("f/ao/leaf"),
    }
    flow = _flow(_sub("f/ao/mid") + _use(expr))
    want = (
        "`results.sub.total`: the result of flow f/ao/mid (its last step `enrich`, which runs "
        "flow f/ao/leaf, whose last step is `each`) is a list (that step is a for loop), with "
        "one entry per iteration, which has no `total`; index it or map over it"
    )
    assert _run(tmp_path, flow, files) == [(_row(flow, expr), "WAC503", "error", want)][:found]


# --- a flow input whose schema `enum` lists values the parameter's choices do not


def _plan_schema(values: str) -> str:
    return f"schema:\n  type: object\n  properties:\n    plan:\n      type: string\n{values}"


@pytest.mark.parametrize(
    ("values", "annotation", "found"),
    [
        ("      enum: [starter, business]\n", 'Literal["free", "pro"]', ["WAC506"]),
        ("      enum: [free, business]\n", 'Literal["free", "pro"]', ["WAC506"]),
        ("      enum: [free]\n", 'Literal["free", "pro"]', []),
        ("      enum: [free, pro]\n", 'Literal["free", "pro"]', []),
        ("", 'Literal["free", "pro"]', []),  # no enum: the input says nothing of its values
        ("      enum: [starter]\n", "str", []),
    ],
)
def test_an_enum_input_handed_to_a_parameter_with_other_choices(
    tmp_path: Path, values: str, annotation: str, found: list[str]
) -> None:
    step = _use("flow_input.plan", "tier", annotation).replace(
        "          def main(", "          from typing import Literal\n          def main("
    )
    flow = _flow(step, _plan_schema(values))
    assert _codes(_run(tmp_path, flow)) == [(_row(flow, "tier: {type"), c) for c in found]


def test_an_enum_input_handed_to_a_subflow_with_other_choices(tmp_path: Path) -> None:
    sub = (
        "summary: leaf\nschema:\n  type: object\n  properties:\n"
        "    tier:\n      type: string\n      enum: [free, pro, enterprise]\n"
        "value:\n  modules:\n    - id: a\n      value: {type: identity}\n"
    )
    flow = _flow(
        _sub("f/ao/leaf", "{tier: {type: javascript, expr: flow_input.plan}}"),
        _plan_schema("      enum: [free, business, enterprise]\n"),
    )
    assert _run(tmp_path, flow, {"f/ao/leaf__flow/flow.yaml": sub}) == [
        (
            _row(flow, "flow_input.plan"),
            "WAC506",
            "warning",
            "`tier` accepts free, pro, enterprise, but the flow's schema lets input `plan` be "
            "free, business, enterprise, and `business` is not among them: Windmill passes the "
            "value as it is, so a run given `business` hands the step a value it does not "
            "list; map the values in the expression",
        )
    ]
