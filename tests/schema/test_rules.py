"""WAC901 (stale metadata, on real files) and WAC902 (surprising parameter types)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from wac_lint.engine import analyze_source, read_source
from wac_lint.registry import rule_by_code
from wac_lint.rule import Finding
from wac_lint.schema.compare import same_data
from wac_lint.schema.files import expected_for_file
from wac_lint.schema.jsvalues import UNDEFINED
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT, SourceFile
from wac_lint.workspace.root import forget_projects

WAC901 = rule_by_code("WAC901")
WAC902 = rule_by_code("WAC902")
PY_WORKFLOW = (
    "from wmill import workflow\n\n@workflow\n"
    "async def main(name: str, limit: int = 10):\n    return name\n"
)


def findings_for(path: Path, code: str) -> list[Finding]:
    rule = rule_by_code(code)
    assert rule is not None
    return analyze_source(read_source(path), rules=[rule]).findings


def test_rules_are_in_the_catalogue() -> None:
    assert WAC901 is not None and WAC901.name == "stale-script-metadata"
    assert WAC902 is not None and WAC902.name == "surprising-parameter-type"


# --- WAC901 ----------------------------------------------------------------------------------


def test_up_to_date_metadata_is_silent(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    (tmp_path / "job.script.yaml").write_text(expected_for_file(script).expected)
    assert findings_for(script, "WAC901") == []


def test_stale_metadata_names_what_differs(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    (tmp_path / "job.script.yaml").write_text(expected_for_file(script).expected)
    script.write_text(
        PY_WORKFLOW.replace("limit: int = 10", "limit: int = 10, dry_run: bool = False")
    )
    [finding] = findings_for(script, "WAC901")
    assert (finding.row, finding.column) == (4, 11)  # `main`
    assert finding.message.startswith(
        "`job.script.yaml` is out of date: input `dry_run` is missing"
    )
    assert finding.message.endswith("run `wac-lint schema`")


def test_changed_type_and_required_are_named(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    (tmp_path / "job.script.yaml").write_text(expected_for_file(script).expected)
    script.write_text(PY_WORKFLOW.replace("limit: int = 10", "limit: str"))
    [finding] = findings_for(script, "WAC901")
    # `originalType` on the new side only: left out (older CLIs do not write it)
    assert "input `limit` differs (default, type)" in finding.message
    assert "`required` differs" in finding.message


def test_formatting_alone_is_left_to_schema_check(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    text = expected_for_file(script).expected
    # the same data, keys in another order and a string quoted differently
    lines = text.splitlines(keepends=True)
    reordered = "".join([lines[1], lines[0], *lines[2:]]).replace(
        "description: ''", 'description: ""', 1
    )
    assert reordered != text
    (tmp_path / "job.script.yaml").write_text(reordered)
    assert findings_for(script, "WAC901") == []
    assert not expected_for_file(script).up_to_date  # `wac-lint schema --check` still says so


def _written_by_another_wmill(text: str) -> str:
    """`text` as a newer CLI writes it (`has_preprocessor` / `no_main_func`
    false) without what an older one or a hand leaves out (`originalType`,
    `default: null`)."""
    lines = [
        line
        for line in text.splitlines(keepends=True)
        if "originalType:" not in line and line.strip() != "default: null"
    ]
    kind = next(i for i, line in enumerate(lines) if line.startswith("kind:"))
    lines[kind:kind] = ["has_preprocessor: false\n"]
    lines.insert(kind + 2, "no_main_func: false\n")
    return "".join(lines)


def test_what_another_wmill_version_writes_is_not_stale(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    text = expected_for_file(script).expected
    assert "originalType:" in text and "default: null" in text
    (tmp_path / "job.script.yaml").write_text(_written_by_another_wmill(text))
    assert findings_for(script, "WAC901") == []
    assert not expected_for_file(script).up_to_date  # the bytes still differ


def test_a_real_change_beside_version_drift_is_named_alone(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    text = _written_by_another_wmill(expected_for_file(script).expected)
    (tmp_path / "job.script.yaml").write_text(text)
    script.write_text(PY_WORKFLOW.replace("limit: int = 10", "limit: str = 'x'"))
    [finding] = findings_for(script, "WAC901")
    assert finding.message == (
        "`job.script.yaml` is out of date: input `limit` differs (default, type); "
        "run `wac-lint schema`"
    )


def test_flags_that_contradict_the_script_are_stale(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    text = expected_for_file(script).expected.replace("kind:", "has_preprocessor: true\nkind:")
    (tmp_path / "job.script.yaml").write_text(text)
    [finding] = findings_for(script, "WAC901")
    assert "`has_preprocessor` differs" in finding.message


def test_a_missing_lock_line_is_stale(tmp_path: Path) -> None:
    # wmill writes `lock: '!inline <path>.script.lock'`, which `sync push` follows
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    text = expected_for_file(script).expected
    (tmp_path / "job.script.yaml").write_text(
        "".join(line for line in text.splitlines(keepends=True) if not line.startswith("lock:"))
    )
    [finding] = findings_for(script, "WAC901")
    assert "`lock` differs" in finding.message


def test_a_changed_original_type_on_both_sides_counts(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    text = expected_for_file(script).expected
    assert text.count("originalType: str") == 1
    (tmp_path / "job.script.yaml").write_text(
        text.replace("originalType: str", "originalType: bytes", 1)
    )
    [finding] = findings_for(script, "WAC901")
    assert "input `name` differs (originalType)" in finding.message


def test_data_comparison_is_strict_where_python_is_lax() -> None:
    assert same_data({"a": 1, "b": [None]}, {"a": 1.0, "b": [UNDEFINED], "c": UNDEFINED})
    assert not same_data(1, True)
    assert not same_data(True, 1)
    assert not same_data(0.0, -0.0)
    assert not same_data(math.nan, math.nan)
    assert not same_data({"a": 1}, {"a": 1, "b": None})
    assert not same_data(["x"], ["x", "y"])
    assert not same_data("1", 1)


def test_a_changed_default_is_reported_after_the_data_comparison(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    (tmp_path / "job.script.yaml").write_text(expected_for_file(script).expected)
    script.write_text(PY_WORKFLOW.replace("limit: int = 10", "limit: int = 11"))
    [finding] = findings_for(script, "WAC901")
    assert "input `limit` differs (default)" in finding.message


def test_missing_metadata_is_reported_in_a_windmill_project_only(tmp_path: Path) -> None:
    script = tmp_path / "f" / "job.py"
    script.parent.mkdir()
    script.write_text(PY_WORKFLOW)
    assert findings_for(script, "WAC901") == []
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    forget_projects()  # project roots are cached per run; the LSP forgets them likewise
    [finding] = findings_for(script, "WAC901")
    # windmill-cli 1.819.0 parseMetadataFile: `script push` writes an empty default
    # and pushes it; `sync push` writes the default, then generates schema and lock
    assert finding.message == (
        "`job.script.yaml` is missing: `wmill script push` deploys this script with an "
        "empty input form, and `wmill sync push` generates it only while it pushes "
        "(an uncommitted file); run `wac-lint schema`"
    )


def test_missing_metadata_only_where_wmill_syncs_a_main(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text('includes: ["f/**"]\nexcludes: ["f/vendored/**"]\n')
    forget_projects()
    helpers = "import wmill\n\n\ndef token() -> str:\n    return wmill.get_variable('u/a/t')\n"
    cases = {
        "f/jobs/job.py": (PY_WORKFLOW, True),
        "lib/job.py": (PY_WORKFLOW, False),  # wmill syncs f/ and u/ only
        "f/vendored/job.py": (PY_WORKFLOW, False),  # excluded by wmill.yaml
        "f/jobs/helpers.py": (helpers, False),  # no main: no form to describe
        "f/apps/board__raw_app/backend/job.py": (PY_WORKFLOW, False),  # an app's runnable
        "f/apps/admin.app/job.py": (PY_WORKFLOW, False),
    }
    for relative, (code, reported) in cases.items():
        script = tmp_path / relative
        script.parent.mkdir(parents=True, exist_ok=True)
        script.write_text(code)
        found = findings_for(script, "WAC901")
        assert (found != []) is reported, relative
        if reported:
            assert found[0].message.startswith("`job.script.yaml` is missing")


def test_unreadable_metadata_is_reported(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW)
    (tmp_path / "job.script.yaml").write_text("summary: [oops\n")
    [finding] = findings_for(script, "WAC901")
    assert "job.script.yaml: not valid YAML" in finding.message


def test_signature_windmill_cannot_read(tmp_path: Path) -> None:
    script = tmp_path / "job.py"
    script.write_text(PY_WORKFLOW.replace("name: str,", 'name: str = "(",'))
    [finding] = findings_for(script, "WAC901")
    assert "Windmill cannot read this `main` signature" in finding.message
    assert "no inputs" in finding.message


def test_typescript_workflow_is_anchored_at_the_marker(tmp_path: Path) -> None:
    script = tmp_path / "job.ts"
    script.write_text(
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async (a: string) => a);\n"
    )
    (tmp_path / "job.script.yaml").write_text("summary: ''\n")
    [finding] = findings_for(script, "WAC901")
    assert (finding.row, finding.column) == (2, 21)
    assert "input `a` is missing" in finding.message


def test_in_memory_sources_are_not_compared() -> None:
    source = SourceFile("-", PY_WORKFLOW, LANG_PYTHON)
    assert analyze_source(source, rules=[WAC901]).findings == []  # type: ignore[list-item]


# --- WAC902 ----------------------------------------------------------------------------------


def lint902(code: str, language: str) -> list[tuple[str, str]]:
    prefix = (
        "from wmill import workflow\n\n@workflow\n"
        if language == LANG_PYTHON
        else 'import { workflow } from "windmill-client";\n'
    )
    name = "script.py" if language == LANG_PYTHON else "script.ts"
    source = SourceFile(name, prefix + code, language)
    lines = source.text.splitlines()
    return [
        (lines[f.row - 1][f.column - 1 : f.end_column - 1], f.message)
        for f in analyze_source(source, rules=[WAC902]).findings  # type: ignore[list-item]
    ]


@pytest.mark.parametrize(
    ("code", "flagged", "says"),
    [
        ("async def main(a: set[str]):\n    pass\n", "set[str]", "untyped input"),
        ("async def main(a: frozenset):\n    pass\n", "frozenset", "resource of type `frozenset`"),
        ("async def main(a: Any):\n    pass\n", "Any", "resource of type `Any`"),
        ("async def main(a: None | int):\n    pass\n", "None | int", "`T | None`"),
        ("async def main(a: Union[int, None]):\n    pass\n", "Union[int, None]", "`Optional[T]`"),
    ],
)
def test_wac902_python(code: str, flagged: str, says: str) -> None:
    [(text, message)] = lint902(code, LANG_PYTHON)
    assert text == flagged
    assert says in message


@pytest.mark.parametrize(
    ("code", "flagged", "says"),
    [
        ("(a: ReadonlyArray<number>) => a", "ReadonlyArray<number>", "write `number[]`"),
        ("(a: Map<string, number>) => a", "Map<string, number>", "resource of type `map`"),
        ("(a: 1 | 2) => a", "1 | 2", "string literals"),
    ],
)
def test_wac902_typescript(code: str, flagged: str, says: str) -> None:
    [(text, message)] = lint902(f"export const main = workflow(async {code});\n", LANG_TYPESCRIPT)
    assert text == flagged
    assert says in message


@pytest.mark.parametrize(
    ("code", "language"),
    [
        (
            "async def main(a: Optional[int] = None, b: int | None = None, c: list):\n    pass\n",
            LANG_PYTHON,
        ),
        ("async def main(a: Literal['x', 'y'], b: dict, c: bytes):\n    pass\n", LANG_PYTHON),
        (
            'export const main = workflow(async (a: "x" | "y", b: string | undefined, '
            'c: { kind: "A" } | { kind: "B" }, d: object, e: Resource<"pg">) => a);\n',
            LANG_TYPESCRIPT,
        ),
        # untyped inputs, as `any` / `unknown` say (round AI, aio): nothing surprising
        ("export const main = workflow(async (a: unknown, b: any) => a);\n", LANG_TYPESCRIPT),
    ],
)
def test_wac902_leaves_types_windmill_understands(code: str, language: str) -> None:
    assert lint902(code, language) == []


# Round Q: each message says what windmill-oracle `sig` makes of the type (the
# scripts of tests/schema/corpus/f/redteam_qs show the same signatures).
@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            'async def main(a: Union[Literal["x"], Literal["y"]] = "x"):\n    pass\n',
            (
                'Union[Literal["x"], Literal["y"]]',
                'Windmill does not read `Union`: `Union[Literal["x"], Literal["y"]]` is '
                "ignored and the input takes the type of its default (a string input); "
                "accept one type, or `Optional[T]` / `T | None` for an optional one",
            ),
        ),
        (
            "async def main(a: 'dict' = {}):\n    pass\n",
            (
                "'dict'",
                "Windmill does not read string annotations: `'dict'` is ignored and the input "
                "takes the type of its default (an object input); write the type without quotes",
            ),
        ),
        (
            'async def main(a: Optional["str"] = None):\n    pass\n',
            (
                'Optional["str"]',
                'Windmill does not read string annotations: `"str"` makes an untyped input; '
                "write the type without quotes",
            ),
        ),
        (
            "async def main(a: typing.Optional[int]):\n    pass\n",
            (
                "typing.Optional[int]",
                "Windmill does not read the qualified name `typing.Optional`: "
                "`typing.Optional[int]` makes an untyped input; import `Optional` and write "
                "it unqualified",
            ),
        ),
        (
            "async def main(a: t.Union[int, str] = 1):\n    pass\n",
            (
                "t.Union[int, str]",
                "Windmill does not read the qualified name `t.Union`: `t.Union[int, str]` is "
                "ignored and the input takes the type of its default (an integer input); "
                "import `Union` and write it unqualified",
            ),
        ),
        (
            "async def main(a: dt.date):\n    pass\n",
            (
                "dt.date",
                "Windmill does not read the qualified name `dt.date`: `dt.date` makes an "
                "untyped input; import `date` and write it unqualified",
            ),
        ),
        (
            'async def main(a: Annotated[str, "the name"]):\n    pass\n',
            (
                'Annotated[str, "the name"]',
                'Windmill does not read `Annotated`: `Annotated[str, "the name"]` makes an '
                "untyped input; write the type itself (`str`)",
            ),
        ),
        (
            "async def main(a: List[Dict[str, Any]]):\n    pass\n",
            (
                "List[Dict[str, Any]]",
                "Windmill reads `List[Dict[str, Any]]` as a list of strings: it does not read "
                "the element type `Dict[str, Any]`; use `list[dict]` for a list of objects, or "
                "`list` of a type it reads",
            ),
        ),
        (
            "async def main(a: Sequence[int]):\n    pass\n",
            (
                "Sequence[int]",
                "Windmill reads `Sequence[int]` as an untyped input; use `list[...]` for a "
                "sequence",
            ),
        ),
    ],
)
def test_wac902_python_messages(code: str, expected: tuple[str, str]) -> None:
    assert lint902(code, LANG_PYTHON) == [expected]


@pytest.mark.parametrize(
    "code",
    [
        "async def main(a: List[Optional[str]] = [None], b: list[str | None]):\n    pass\n",
        "async def main(a: typing.Any, b: datetime.datetime, c: typing.Optional[int] = 3):\n"
        "    pass\n",
        # unqualified, `DataFrame` would be a resource picker: no advice to import it
        "async def main(df: pd.DataFrame, m: typing.Mapping[str, int]):\n    pass\n",
    ],
)
def test_wac902_python_reads_these(code: str) -> None:
    # lists of (optional) strings are meant; `typing.Any` is untyped on purpose; a bare
    # `datetime.datetime` is read. `typing.Optional[int] = 3` is flagged: not read.
    assert [text for text, _ in lint902(code, LANG_PYTHON)] == (
        ["typing.Optional[int]"] if "typing.Optional" in code else []
    )


TS_ENUMS = 'enum Color { Red = "red", Blue = "blue" }\nenum Level { Low = 1 }\n'


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "(a: { x: string } & { y: number }) => a",
            (
                "{ x: string } & { y: number }",
                "Windmill does not read intersections (`A & B`): `{ x: string } & { y: number }` "
                "makes an untyped input; write one object type with all the members",
            ),
        ),
        (
            "(a: readonly string[] = []) => a",
            (
                "readonly string[]",
                "Windmill does not read `readonly` types: `readonly string[]` is ignored and the "
                "input takes the type of its default (a list input); drop `readonly`",
            ),
        ),
        (
            "(a: [string, number]) => a",
            (
                "[string, number]",
                "Windmill does not read tuples: `[string, number]` makes an untyped input; "
                "write an array (`T[]`) or an object with named members",
            ),
        ),
        (
            '(a: `id-${string}` = "id-1") => a',
            (
                "`id-${string}`",
                "Windmill does not read template literal types: '`id-${string}`' is ignored and "
                "the input takes the type of its default (a string input); write `string`",
            ),
        ),
        (
            "(a: keyof { x: 1 }) => a",
            (
                "keyof { x: 1 }",
                "Windmill does not read `keyof` types: `keyof { x: 1 }` makes an untyped input; "
                "write the keys as a union of string literals",
            ),
        ),
        (
            "(a: Partial<{ x: number }>) => a",
            (
                "Partial<{ x: number }>",
                "Windmill reads `Partial<{ x: number }>` as a resource of type `partial` (a "
                "resource picker), not the type `Partial` makes; write the type itself",
            ),
        ),
        (
            "(a: Set<string | number>) => a",
            (
                "Set<string | number>",
                "Windmill reads `Set<string | number>` as a resource of type `set` (a resource "
                "picker), not the type `Set` makes; write `(string | number)[]` for a list",
            ),
        ),
        (
            "(a: Array<Array<string | number>>) => a",
            (
                "Array<Array<string | number>>",
                "Windmill reads `Array<Array<string | number>>` as a resource of type `array`, "
                "not a list; write `(string | number)[][]`",
            ),
        ),
        (
            "(a: Color) => a",
            (
                "Color",
                "Windmill reads the enum `Color` as a resource of type `color` (a resource "
                "picker), not a choice of its values; use a union of string literals "
                '(`"red" | "blue"`)',
            ),
        ),
        (
            "(a: Level) => a",
            (
                "Level",
                "Windmill reads the enum `Level` as a resource of type `level` (a resource "
                "picker), not a choice of its values; use a union of string literals",
            ),
        ),
    ],
)
def test_wac902_typescript_messages(code: str, expected: tuple[str, str]) -> None:
    found = lint902(f"{TS_ENUMS}export const main = workflow(async {code});\n", LANG_TYPESCRIPT)
    assert found == [expected]


def test_wac902_typescript_reads_these() -> None:
    # declared generics and interfaces are objects; `Color[]` is a list (of resources)
    code = (
        "interface Box<T> { value: T }\ntype P = { x: number };\n"
        "export const main = workflow(async (a: Box<string>, b: P, c: string[]) => a);\n"
    )
    assert lint902(code, LANG_TYPESCRIPT) == []


def test_wac902_a_type_imported_from_another_script_is_a_resource_picker() -> None:
    # windmill-oracle sig: `order: Order` imported from a script is {"resource": "order"};
    # a type of a package, or one the file declares too, is left alone (a resource type
    # is often asked for by its name alone: `db: Postgresql`)
    code = (
        'import type { Order } from "/f/lib/types.ts";\n'
        'import { Shape } from "./shapes";\n'
        'import type { Postgresql } from "some-types";\n'
        "export const main = workflow(async (o: Order, s: Shape, db: Postgresql) => o);\n"
    )
    assert lint902(code, LANG_TYPESCRIPT) == [
        (
            "Order",
            "Windmill reads `Order` as a resource of type `order` (a resource picker): its "
            "parser reads only the types this file declares, not one imported from "
            "`/f/lib/types.ts`; declare the type in this file",
        ),
        (
            "Shape",
            "Windmill reads `Shape` as a resource of type `shape` (a resource picker): its "
            "parser reads only the types this file declares, not one imported from "
            "`./shapes`; declare the type in this file",
        ),
    ]


PY_DECLARATIONS = (
    "from enum import Enum, IntEnum\n"
    "from typing import Literal, NamedTuple, NewType, Optional, TypedDict\n\n"
    "class Level(IntEnum):\n    LOW = 1\n\n"
    'class Color(str, Enum):\n    RED = "red"\n    GREEN = "green"\n\n'
    "class Customer(TypedDict):\n    name: str\n\n"
    "class postgresql(TypedDict):\n    host: str\n\n"
    "class Plain:\n    a: int\n\n"
    "class Pair(NamedTuple):\n    a: int\n\n"
    'UserId = NewType("UserId", int)\nMode = Literal["fast", "slow"]\n\n'
)


@pytest.mark.parametrize(
    ("param", "expected"),
    [
        (
            "a: Level",
            "Windmill reads the enum `Level` as a resource of type `Level` (a resource picker), "
            "not a choice of its values: it reads an enum as a choice only when the class "
            "derives from `Enum` (imported by that name) and every value is a string literal; "
            "write `class Level(str, Enum)` with string values, or use `Literal[...]`",
        ),
        (
            "a: Optional[Level] = None",
            "Windmill reads the enum `Level` as a resource of type `Level` (a resource picker), "
            "not a choice of its values: it reads an enum as a choice only when the class "
            "derives from `Enum` (imported by that name) and every value is a string literal; "
            "write `class Level(str, Enum)` with string values, or use `Literal[...]`",
        ),
        (
            "a: list[Color] = []",
            "Windmill reads `list[Color]` as a list of resources of type `Color` (resource "
            "pickers), not a multiple choice of the enum's values; use "
            '`list[Literal["red", "green"]]`',
        ),
        (
            "a: Literal[1, 2, 3] = 2",
            "Windmill reads only the string values of a `Literal`: `Literal[1, 2, 3]` makes a "
            "plain string input, not a choice; write the values as strings, or use the plain "
            "type",
        ),
        (
            "a: list[Literal[True, False]]",
            "Windmill reads only the string values of a `Literal`: `Literal[True, False]` makes "
            "a list of plain strings, not a choice; write the values as strings, or use the "
            "plain type",
        ),
        (
            'a: Optional[Literal["x", 1, b"y"]] = None',
            'Windmill reads only the string values of `Literal["x", 1, b"y"]`: the choice is '
            '"x" and `1, b"y"` are dropped; write every value as a string',
        ),
        (
            'a: Literal["only"] | None = None',
            'Windmill reads a `Literal` of one value as a plain string: `Literal["only"]` makes '
            "a plain string input, not a fixed choice; use `str` with a default, or give the "
            "`Literal` more values",
        ),
        (
            "a: Pair",
            "Windmill reads the NamedTuple `Pair` as a resource of type `Pair` (a resource "
            "picker), not an object of its fields; use a dataclass or a pydantic model for an "
            "object input",
        ),
        (
            "a: UserId",
            "Windmill does not look up the `NewType` `UserId`: it reads it as a resource of type "
            "`UserId` (a resource picker); write the type itself (`int`)",
        ),
        (
            "a: Mode",
            "Windmill does not look up the alias `Mode`: it reads it as a resource of type "
            '`Mode` (a resource picker); write the type itself (`Literal["fast", "slow"]`)',
        ),
    ],
)
def test_wac902_python_declarations(param: str, expected: str) -> None:
    code = PY_DECLARATIONS + "from wmill import workflow\n\n@workflow\n"
    code += f"async def main({param}):\n    pass\n"
    source = SourceFile("script.py", code, LANG_PYTHON)
    [finding] = analyze_source(source, rules=[WAC902]).findings  # type: ignore[list-item]
    assert finding.message == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "from datetime import datetime as dt\nfrom typing import List as L\n"
            "from wmill import workflow\n\n@workflow\n"
            "async def main(a: dt, b: L[int] = []):\n    pass\n",
            [
                "Windmill does not read `dt`, an alias of `datetime`: it reads `dt` as a "
                "resource of type `dt` (a resource picker); import `datetime` without `as` "
                "(Windmill reads type names as written)",
                "Windmill does not read `L`, an alias of `List`: `L[int]` is ignored and the "
                "input takes the type of its default (a list input); import `List` without "
                "`as` (Windmill reads type names as written)",
            ],
        ),
        (
            "from wmill import Base64, Email, workflow\n\n@workflow\n"
            "async def main(a: Email, b: list[Base64] = [], c: Email | None = None):\n"
            "    pass\n",
            [
                "`Email` is a Windmill type of TypeScript scripts: in Python, Windmill reads it "
                "as a resource of type `Email` (a resource picker); use `str`",
                "`Base64` is a Windmill type of TypeScript scripts: in Python, Windmill reads it "
                "as a resource of type `Base64` (a resource picker); use `bytes` for a "
                "base64-encoded file input",
                "`Email` is a Windmill type of TypeScript scripts: in Python, Windmill reads it "
                "as a resource of type `Email` (a resource picker); use `str`",
            ],
        ),
    ],
)
def test_wac902_python_names_windmill_does_not_read(code: str, expected: list[str]) -> None:
    # windmill-oracle `sig`: `dt` is a resource `dt`, `L[int] = []` a list of strings,
    # `Email` / `Base64` resources (in a list too)
    source = SourceFile("script.py", code, LANG_PYTHON)
    findings = analyze_source(source, rules=[WAC902]).findings
    assert [f.message for f in findings] == expected  # type: ignore[attr-defined]


def test_wac902_typescript_unions_of_objects() -> None:
    # windmill-oracle `sig`: each of these is `unknown`; with `kind` members, inline
    # variants and `j?:` instead of `| undefined` each becomes a `oneof`
    code = (
        'type Target = { type: "s3"; bucket: string } | { type: "gcs"; bucket: string };\n'
        'interface I1 { kind: "i1"; a: string }\ninterface I2 { kind: "i2"; b: string }\n'
        "type Pair = string | number;\n"
        "export async function main(t: Target, i: I1 | I2, p: Pair, "
        'j: { kind: "a" } | { kind: "b" } | undefined) {}\n'
    )
    lead = (
        "as an untyped input: it reads a union of objects as a choice (`oneOf`) only when "
        "every variant is an inline object type with a `kind` or `label` string literal "
        "member, and without `| undefined` / `| null`; "
    )
    assert [message for _, message in lint902(code, LANG_TYPESCRIPT)] == [
        f'Windmill reads `Target` (a union) {lead}give each variant a member like `kind: "..."`',
        f"Windmill reads `I1 | I2` {lead}"
        "write `I1`, `I2` inline: Windmill does not look up a variant's name",
        "Windmill reads `Pair` (a union) as an untyped input (of unions it understands "
        "string literals and `T | undefined` / `T | null`); accept one type",
        f'Windmill reads `{{ kind: "a" }} | {{ kind: "b" }} | undefined` {lead}'
        "make the parameter optional (`?`) instead",
    ]


def test_wac902_python_choices_inside_models() -> None:
    # windmill-oracle `sig`: `kind`, `level` and `Inner.mode` are `unknown` members, while
    # `mode: Mode` of `main` itself is a choice of "a", "b"; each member is reported once
    code = (
        "from dataclasses import dataclass\nfrom enum import Enum\n"
        "from typing import Literal, Optional\n\nfrom pydantic import BaseModel\n"
        "from wmill import workflow\n\n\n"
        'class Mode(str, Enum):\n    A = "a"\n    B = "b"\n\n\n'
        '@dataclass\nclass Inner:\n    mode: Mode\n    name: str = ""\n\n\n'
        'class Job(BaseModel):\n    kind: Literal["full", "delta"] = "full"\n'
        '    level: Optional[Literal["low", "high"]] = None\n    inner: Inner\n'
        '    label: str = "x"\n\n\n'
        "@workflow\nasync def main(job: Job, jobs: list[Job] = [], mode: Mode = Mode.A):\n"
        "    pass\n"
    )
    source = SourceFile("script.py", code, LANG_PYTHON)
    findings = analyze_source(source, rules=[WAC902]).findings
    advice = (
        "an untyped field, not a choice; take the choice as a parameter of `main` (read "
        "there), or check the value in the script"
    )
    assert [(f.row, f.message) for f in findings] == [  # type: ignore[attr-defined]
        (
            16,
            "Windmill does not read an enum inside a model: `Mode` makes the member `mode` "
            f"of `Inner` {advice}",
        ),
        (
            21,
            'Windmill does not read `Literal` inside a model: `Literal["full", "delta"]` '
            f"makes the member `kind` of `Job` {advice}",
        ),
        (
            22,
            "Windmill does not read `Literal` inside a model: "
            f'`Optional[Literal["low", "high"]]` makes the member `level` of `Job` {advice}',
        ),
    ]


def test_wac902_library_classes_are_resource_pickers() -> None:
    # windmill-oracle `sig`: {"resource": "Decimal"}, {"list": {"resource": "timedelta"}},
    # {"resource": "datetime.time"}; TypeScript {"resource": "string"}, "uint8_array"
    python = (
        "import datetime\nfrom datetime import timedelta\nfrom decimal import Decimal\n"
        "from wmill import workflow\n\n@workflow\n"
        "async def main(a: Decimal | None = None, b: list[timedelta] = [], "
        "c: datetime.time = None):\n    pass\n"
    )
    findings = analyze_source(SourceFile("script.py", python, LANG_PYTHON), rules=[WAC902])
    assert [f.message for f in findings.findings] == [  # type: ignore[attr-defined]
        "Windmill reads `Decimal | None` as a resource of type `Decimal` (a resource "
        "picker), not the value the class holds; use `float`, or `str` to keep every digit",
        "Windmill reads `list[timedelta]` as a list of resources of type `timedelta` "
        "(resource pickers), not the value the class holds; for the elements, use a number "
        "of seconds (`float`)",
        "Windmill reads `datetime.time` as a resource of type `datetime.time` (a resource "
        "picker), not the value the class holds; use `str`",
    ]
    typescript = "export async function main(a: String, b?: Uint8Array) {}\n"
    assert [message for _, message in lint902(typescript, LANG_TYPESCRIPT)] == [
        "Windmill reads `String` as a resource of type `string` (a resource picker), not the "
        "value the class holds; write `string`",
        "Windmill reads `Uint8Array` as a resource of type `uint8_array` (a resource picker), "
        "not the value the class holds; for a file, write `Base64` (a base64-encoded file "
        "input)",
    ]


def test_wac902_a_local_class_named_like_a_library_one_is_left_alone() -> None:
    code = (
        "from typing import TypedDict\nfrom wmill import workflow\n\n"
        "class Path(TypedDict):\n    root: str\n\n"
        "@workflow\nasync def main(p: Path):\n    pass\n"
    )
    assert analyze_source(SourceFile("script.py", code, LANG_PYTHON), rules=[WAC902]).findings == []


def test_wac902_typescript_list_of_enum() -> None:
    # windmill-oracle `sig`: `cs: Color[]` is {"list": {"resource": "color"}}
    code = (
        'enum Color {\n  Red = "red",\n  Green = "green",\n}\n'
        "export async function main(cs: Color[] = []) {}\n"
    )
    assert lint902(code, LANG_TYPESCRIPT) == [
        (
            "Color[]",
            "Windmill reads `Color[]` as a list of resources of type `color` (resource "
            "pickers), not a multiple choice of the enum's values; write a list of string "
            'literals (`("red" | "green")[]`)',
        )
    ]


def test_wac902_python_resource_type_classes_are_asked_for() -> None:
    # a TypedDict (`postgresql`, or `Customer` as `class Smtp(TypedDict)` in the wild) or a
    # plain class is how a script declares the resource type it asks for
    code = PY_DECLARATIONS + "from wmill import workflow\n\n@workflow\n"
    code += "async def main(db: postgresql, c: Customer, p: Plain):\n    pass\n"
    source = SourceFile("script.py", code, LANG_PYTHON)
    assert analyze_source(source, rules=[WAC902]).findings == []  # type: ignore[list-item]
