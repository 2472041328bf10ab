"""Red team AL-G (flows): the general causes behind what heldout_alg found, as small
inline flows (one analysis per case, in process).

- What Windmill's Python wrapper makes of a step's result (windmill-worker
  `python_executor.rs`, `res_to_json`: `json.dumps(res, default=str)`, a DataFrame first
  turned into the list of its rows): a set, a generator, a `Decimal`, an instance of a
  class of the script (a dataclass, a pydantic model, a plain class) or a member of a
  plain `Enum` reaches the flow as its text; a namedtuple as the list of its values; a
  pandas / polars DataFrame as lists of row values. A `TypedDict`, a `dict` subclass, a
  `str` / `int` enum and a class with a base the script does not define are left alone.
- A GraphQL step's result is the response's `data` itself (`graphql_executor.rs`), keyed
  by the operation's top-level fields (or their aliases).
- BigQuery and Snowflake steps answer with the list of rows; Snowflake names an unquoted
  column in upper case, PostgreSQL in lower case.
- A bash line `name="$N"` followed by more than a comment is no input Windmill reads.
"""

from __future__ import annotations

import textwrap

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]

FLOW = """\
summary: s
value:
  modules:
    - id: load
      value:
        type: rawscript
        language: {language}
        content: |
{content}
        input_transforms: {inputs}
    - id: use
      value:
        {use}
"""

STEP = """type: rawscript
        language: bun
        content: |
          export async function main(x: any = null, n = 0, items: string[] = []) {{ return 1 }}
        input_transforms:
          {param}:
            type: javascript
            expr: '{expr}'"""

LOOP = """type: forloopflow
        skip_failures: false
        iterator:
          type: javascript
          expr: '{expr}'
        modules:
          - id: each
            value: {{type: identity}}"""


# what a step of each language needs besides its code (a resource, the query's variables)
INPUTS = {
    "graphql": "{api: {type: static, value: $res:f/alg/gql}, title: {type: static, value: t}}",
    "snowflake": "{database: {type: static, value: $res:f/alg/sf}}",
    "bigquery": "{database: {type: static, value: $res:f/alg/bq}}",
}
EXPR = 0  # the row of the `use` step's expression (the iterator, or its one input)


def _run(language: str, code: str, use: str) -> list[Finding]:
    content = textwrap.indent(textwrap.dedent(code).strip("\n"), " " * 10)
    inputs = INPUTS.get(language, "{}")
    text = FLOW.format(language=language, content=content, use=use, inputs=inputs)
    result = analyze_bytes(text.encode(), "f/alg/probe__flow/flow.yaml")
    assert result.errors == []
    lines = text.splitlines()
    expr_row = max(i for i, line in enumerate(lines, 1) if line.strip().startswith("expr:"))
    return [
        (EXPR if f.row == expr_row else f.row, f.code, f.severity, f.message)
        for f in result.findings
    ]


def read(language: str, code: str, expr: str, param: str = "x") -> list[Finding]:
    return _run(language, code, STEP.format(param=param, expr=expr))


def loop(language: str, code: str, expr: str = "results.load") -> list[Finding]:
    return _run(language, code, LOOP.format(expr=expr))


def codes(found: list[Finding]) -> list[tuple[str, str]]:
    return [(code, severity) for _, code, severity, _ in found]


# --- what the Python wrapper writes ---------------------------------------------------


def test_an_instance_of_a_class_of_the_script_reaches_the_flow_as_its_text() -> None:
    code = """
        class Order:
            def __init__(self, id, total):
                self.id = id
                self.total = total

        def main():
            return Order(id=1, total=2.5)
        """
    assert read("python3", code, "results.load.total") == [
        (
            EXPR,
            "WAC503",
            "error",
            "`results.load.total`: every `return` of step `load`'s `main` gives an instance "
            "of the class `Order`, which Windmill's Python wrapper writes (`json.dumps(..., "
            "default=str)`) as its text (`str(...)`), which has no `total`, so it is "
            "undefined; return a dict",
        )
    ]
    # an iterable result (a pydantic model, a class with `__iter__`) is streamed by
    # newer wrappers: not judged
    pydantic = code.replace("class Order:", "class Order(BaseModel):")
    assert (
        read("python3", "from pydantic import BaseModel\n" + pydantic, "results.load.total") == []
    )
    iterable = code.replace(
        "        def main",
        "            def __iter__(self):\n                yield self.id\n\n        def main",
    )
    assert read("python3", iterable, "results.load.total") == []


def test_a_plain_class_through_a_local_and_a_dataclass_subclass() -> None:
    plain = """
        class Box:
            def __init__(self, n):
                self.n = n

        def main():
            box = Box(3)
            return box
        """
    assert codes(read("python3", plain, "results.load.n")) == [("WAC503", "error")]
    derived = """
        from dataclasses import dataclass

        @dataclass
        class Base:
            n: int

        @dataclass
        class Child(Base):
            m: int

        def main():
            return Child(n=1, m=2)
        """
    found = read("python3", derived, "results.load.m")
    assert codes(found) == [("WAC503", "error")]
    assert "an instance of the dataclass `Child`" in found[0][3]


@pytest.mark.parametrize(
    "bases",
    [
        "(dict)",  # a dict: JSON writes its items
        "(TypedDict)",  # calling a TypedDict builds a dict
        "(SomeLibraryModel)",  # a base the script does not define: unknown
    ],
)
def test_classes_whose_json_form_is_not_their_text_are_left_alone(bases: str) -> None:
    code = f"""
        from typing import TypedDict
        from lib import SomeLibraryModel

        class Row{bases}:
            pass

        def main():
            return Row(n=1)
        """
    assert read("python3", code, "results.load.n") == []


def test_a_frozenset_and_a_generator_are_no_list_to_loop_over() -> None:
    frozen = """
        def main(rows: list = []):
            return frozenset(r["email"] for r in rows)
        """
    assert loop("python3", frozen) == [
        (
            EXPR,
            "WAC506",
            "error",
            "`iterator` must give the list to loop over, but `results.load` is not a list "
            "(every `return` of step `load`'s `main` gives a set, which Windmill's Python "
            "wrapper writes (`json.dumps(..., default=str)`) as its text (`str(...)`)): "
            "Windmill wants an array and the flow fails at this loop; return a list "
            "(`sorted(...)`) in step `load`",
        )
    ]
    generated = """
        def main(rows: list = []):
            out = (r["email"] for r in rows)
            return out
        """
    assert codes(loop("python3", generated)) == [("WAC506", "error")]
    listed = """
        def main(rows: list = []):
            return list(r["email"] for r in rows)
        """
    assert loop("python3", listed) == []


def test_a_decimal_field_given_to_a_number_parameter() -> None:
    code = """
        import decimal

        def main():
            price = decimal.Decimal("9.90")
            return {"price": price * 2, "currency": "EUR"}
        """
    found = read("python3", code, "results.load.price", "n")
    assert codes(found) == [("WAC506", "warning")]
    assert "gives `price` as a `Decimal`" in found[0][3]
    floated = code.replace('"price": price * 2', '"price": float(price * 2)')
    assert read("python3", floated, "results.load.price", "n") == []


def test_a_namedtuple_class_is_a_list() -> None:
    code = """
        from typing import NamedTuple

        class Totals(NamedTuple):
            count: int
            amount: float

        def main():
            return Totals(1, 2.0)
        """
    found = read("python3", code, "results.load.amount")
    assert codes(found) == [("WAC503", "error")]
    assert found[0][3].endswith("has no `amount`; return a dict (`._asdict()`)")
    assert read("python3", code, "results.load[1]") == []


def test_a_plain_enum_member_compared_with_its_name_or_value() -> None:
    code = """
        from enum import Enum

        class Level(Enum):
            LOW = "low"
            HIGH = "high"

        def main(n: int = 0):
            return {"level": Level.HIGH if n > 3 else Level.LOW}
        """
    found = read("python3", code, "results.load.level === ''high''")
    assert found == [
        (
            EXPR,
            "WAC503",
            "warning",
            "`results.load.level` is never `'high'`: every `return` of step `load`'s `main` "
            "gives `level` as a member of the enum `Level` (a plain `Enum`), which Windmill's "
            "Python wrapper writes (`json.dumps(..., default=str)`) as its text, "
            "`'Level.HIGH'` or `'Level.LOW'`, so this comparison is always false; return "
            "`.value`, or declare `class Level(str, Enum)`",
        )
    ]
    assert read("python3", code, "results.load.level === ''Level.HIGH''") == []
    for mixin in ("(str, Enum)", "(IntEnum)"):
        native = code.replace("(Enum)", mixin).replace("import Enum", "import Enum, IntEnum")
        assert read("python3", native, "results.load.level === ''high''") == []


def test_a_polars_frame_and_a_pandas_series() -> None:
    frame = """
        import polars as pl

        def main(rows: list = []):
            return pl.DataFrame(rows).sort("amount")
        """
    found = read("python3", frame, "results.load.map((r) => r.amount)")
    assert codes(found) == [("WAC503", "error")]
    assert "each entry of `results.load` is a list and has no `amount`" in found[0][3]
    assert read("python3", frame, "results.load.map((r) => r[0])") == []
    series = """
        import pandas as pd

        def main(rows: list = []):
            df = pd.DataFrame(rows)
            return df.groupby("region")["amount"].sum()
        """
    # one column picked by name: a Series, not judged
    assert read("python3", series, "results.load.map((r) => r.amount)") == []


# --- GraphQL --------------------------------------------------------------------------


def test_a_graphql_mutation_result_is_its_top_level_field() -> None:
    code = """
        mutation Create($title: String!) {
          createIssue(input: {title: $title}) { issue { id } }
        }
        """
    found = read("graphql", code, "results.load.data.createIssue.issue.id")
    assert found == [
        (
            EXPR,
            "WAC503",
            "error",
            "`results.load.data`: step `load` is a GraphQL query, whose result is the "
            "response's `data` itself (Windmill unwraps it), an object with the query's "
            "top-level fields, `createIssue`, and no `data`, so it is undefined; drop `.data`",
        )
    ]
    assert read("graphql", code, "results.load.createIssue.issue.id") == []


def test_a_graphql_alias_names_the_field_and_a_fragment_is_not_judged() -> None:
    aliased = (
        "query($title: String) { open: issues(state: OPEN, title: $title) { id } "
        "closed: issues(state: CLOSED) { id } }"
    )
    found = read("graphql", aliased, "results.load.issues")
    assert codes(found) == [("WAC503", "error")]
    assert "top-level fields, `closed`, `open`, and no `issues`" in found[0][3]
    assert read("graphql", aliased, "results.load.open") == []
    fragment = "query($title: String) { ...Issues } fragment Issues on Query { issues { id } }"
    assert read("graphql", fragment, "results.load.data") == []


# --- warehouse results ----------------------------------------------------------------


def test_snowflake_upper_cases_an_unquoted_column() -> None:
    code = """
        SELECT id, "display_name" FROM customers;
        """
    found = read("snowflake", code, "results.load.map((r) => r.id)")
    assert found == [
        (
            EXPR,
            "WAC503",
            "error",
            "`r.id`: each entry of `results.load` is a row of step `load`'s query, which "
            "selects `ID`, `display_name` and no `id`, so it is undefined; Snowflake folds "
            "a column name written without quotes to upper case: read `ID`, or quote the "
            'name in the query (`AS "id"`)',
        )
    ]
    assert read("snowflake", code, "results.load.map((r) => r.ID + r.display_name)") == []


def test_a_bigquery_result_is_a_list_of_rows_with_names_as_written() -> None:
    code = """
        SELECT region, SUM(amount) AS totalAmount FROM `p.d.sales` GROUP BY region;
        """
    found = read("bigquery", code, "results.load.totalAmount")
    assert codes(found) == [("WAC503", "error")]
    assert "step `load` is a BigQuery query, whose result is the list" in found[0][3]
    assert read("bigquery", code, "results.load.map((r) => r.totalAmount)") == []


# --- bash -----------------------------------------------------------------------------


def test_a_bash_declaration_followed_by_a_command_is_not_read() -> None:
    code = """
        host="$1" && shift
        port="${2:-22}"  # ssh port
        ssh -p "$port" "$host" uptime
        """
    text = FLOW.format(
        language="bash",
        content=textwrap.indent(textwrap.dedent(code).strip("\n"), " " * 10),
        use="type: identity",
        inputs="{}",
    ).replace(
        "        input_transforms: {}\n",
        "        input_transforms:\n"
        "          host: {type: static, value: db1}\n"
        "          port: {type: static, value: '2222'}\n",
        1,
    )
    result = analyze_bytes(text.encode(), "f/alg/probe__flow/flow.yaml")
    found = [(f.row, f.code, f.severity, f.message) for f in result.findings]
    assert found[0] == (
        13,
        "WAC506",
        "error",
        "`host` is not an input of the bash script of step `load`: Windmill's bash parser "
        'reads only lines written `name="$N"` with nothing after the closing quote but a '
        '`# comment`, so line 1, `host="$1" && shift` (`&& shift` after the value), '
        "declares no input; the value goes nowhere and `$1` is empty when the script runs",
    )
    assert [(r, c, s) for r, c, s, _ in found] == [(13, "WAC506", "error"), (14, "WAC506", "error")]
    assert "stops at `$1`" in found[1][3]


def test_a_list_of_dataclass_instances_holds_their_texts() -> None:
    code = """
        from dataclasses import asdict, dataclass

        @dataclass
        class Stop:
            id: int
            eta: str

        def main(rows: list = []):
            return [Stop(id=r["id"], eta=r["eta"]) for r in rows]
        """
    assert read("python3", code, "results.load.map((s) => s.eta)") == [
        (
            EXPR,
            "WAC503",
            "error",
            "`s.eta`: every `return` of step `load`'s `main` gives a list whose every item is "
            "an instance of the dataclass `Stop`, which Windmill's Python wrapper writes "
            "(`json.dumps(..., default=str)`) as its text (`str(...)`), so each entry of "
            "`results.load` is a string and has no `eta`, which is undefined; return "
            "`dataclasses.asdict(...)` for each",
        )
    ]
    assert read("python3", code, "results.load.map((s) => s.length)") == []
    as_dicts = code.replace("[Stop(", "[asdict(Stop(").replace('r["eta"]) for', 'r["eta"])) for')
    assert read("python3", as_dicts, "results.load.map((s) => s.eta)") == []
