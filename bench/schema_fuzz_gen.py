"""Random Windmill scripts and `.script.yaml` files for the schema differential fuzzer.

Each generator draws from pools of the constructs real scripts use (and the
odd ones Windmill's parsers still accept): parameter types and defaults,
layouts of the parameter list (one line or many, comments after a parameter,
commented-out parameters, trailing commas), type aliases, interfaces with
`extends`, enums, models, docstrings, `workflow(...)` entry points, and for
metadata the keys a user edits in the UI. Everything is drawn from one
`random.Random`, so a seed gives the same scripts every time.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

import yaml  # type: ignore[import-untyped]

NAMES = (
    "a",
    "b",
    "name",
    "count",
    "items",
    "user_id",
    "x1",
    "db",
    "limit",
    "tags",
    "payload",
    "when",
    "flag",
    "ratio",
    "url",
    "mode",
    "rows",
    "data",
    "Ünïcode",
    "constructor",
    "toString",
    "__proto__",
    "order",
    "type",
    "description",
    "_private",
    "camelCase",
    "with_digit_2",
)


@dataclass
class Case:
    """One generated script: `path` is its Windmill path (`f/fz/p12`), `suffix` `.py`/`.ts`."""

    path: str
    suffix: str
    script: str
    metadata: str | None = None


def _pick(rng: random.Random, pool: tuple[str, ...] | list[str]) -> str:
    return pool[rng.randrange(len(pool))]


def _names(rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = _pick(rng, NAMES) if rng.random() < 0.8 else f"p{len(names)}"
        if name not in names:
            names.append(name)
    return names


# --- strings and numbers shared by both languages ---------------------------------------------

TEXTS = (
    "text",
    "",
    "yes",
    "no",
    "null",
    "~",
    "true",
    "123",
    "0.5",
    "1e3",
    "0x1F",
    "0o17",
    "1_000",
    " lead",
    "trail ",
    "#hash",
    "key: value",
    "- dash",
    "a, b",
    "[x]",
    "{y}",
    "héllo",
    "日本語",
    "emoji 🎉",
    "tab\there",
    "multi\nline",
    "multi\nline\n",
    "quote ' and \"",
    "back\\slash",
    "%percent",
    "@at",
    "`tick`",
    "*star",
    "&amp",
    "!bang",
    "|pipe",
    ">gt",
    "'",
    '"',
    "2024-01-01",
    "2024-01-01T10:00:00Z",
    "12:30",
    "=",
    "?",
    ":",
    "a" * 90,
    "word " * 25,
    "long line with: colon and #hash " * 3,
    "\u2028sep",
    "nbsp\u00a0x",
    "ctl\x07",
)


def _text(rng: random.Random) -> str:
    return _pick(rng, TEXTS)


def _py_str(rng: random.Random, value: str) -> str:
    style = rng.random()
    if style < 0.15 and "\n" not in value and "'" not in value and "\\" not in value:
        return "'" + value + "'"
    if style < 0.2 and '"""' not in value and not value.endswith(('"', "\\")):
        return '"""' + value + '"""'
    return _double_quoted(value)


def _double_quoted(value: str) -> str:
    out = []
    for ch in value:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ord(ch) < 0x20 or ch == "\u2028":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


PY_NUMBERS = (
    "0",
    "1",
    "42",
    "-1",
    "-7",
    "1_000",
    "0x1F",
    "0o17",
    "0b101",
    "9007199254740993",
    "12345678901234567890",
    "123456789012345678901234567890",
    "-9223372036854775809",
    "3.14",
    "1e10",
    "1e400",
    "-0.0",
    ".5",
    "5.",
    "1.5e-7",
    "2j",
)

TS_NUMBERS = (
    "0",
    "1",
    "42",
    "-1",
    "1.5",
    "0.1",
    "1e21",
    "1e-7",
    "0x10",
    "0o17",
    "0b11",
    "1_000",
    "9007199254740993",
    "12345678901234567890",
    "18446744073709551615",
    "18446744073709551616",
    "123456789012345678901234567890",
    "1.7976931348623157e308",
    "5e-324",
    "10n",
    "-0",
    ".5",
    "2e3",
)


# --- Python -----------------------------------------------------------------------------------

PY_SIMPLE_TYPES = (
    "str",
    "int",
    "float",
    "bool",
    "dict",
    "list",
    "bytes",
    "datetime",
    "date",
    "datetime.datetime",
    "datetime.date",
    "Sql",
    "wmill.S3Object",
    "S3Object",
    "Any",
    "object",
    "Postgresql",
    "postgresql",
    "gcp_service_account",
    "DynSelect_region",
    "DynMultiselect_tags",
)


class PythonGenerator:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.enums: list[tuple[str, list[tuple[str, str]]]] = []
        self.models: list[str] = []
        self.typed_dicts: list[str] = []

    def script(self) -> str:
        rng = self.rng
        lines: list[str] = []
        if rng.random() < 0.5:
            lines.append("import wmill")
        if rng.random() < 0.4:
            lines.append("from typing import Any, Dict, List, Literal, Optional, TypedDict, Union")
        if rng.random() < 0.3:
            lines.append("import datetime" if rng.random() < 0.5 else "from datetime import date")
        use_models = rng.random() < 0.15
        if use_models:
            lines.append(
                "from pydantic import BaseModel"
                if rng.random() < 0.5
                else "from dataclasses import dataclass"
            )
        lines.append("")
        if rng.random() < 0.35:
            lines.extend(self._enum())
        if rng.random() < 0.2:
            lines.extend(self._typed_dict())
        if use_models:
            lines.extend(self._model(lines))
        if rng.random() < 0.1:
            lines.extend(["def preprocessor(event: dict):", "    return event", ""])
        names = _names(rng, rng.randrange(0, 7))
        params = [self._param(name) for name in names]
        lines.extend(self._main(names, params))
        return "\n".join(lines) + "\n"

    def _enum(self) -> list[str]:
        name = _pick(self.rng, ("Color", "Mode", "Level"))
        base = _pick(self.rng, ("Enum", "str, Enum", "StrEnum", "IntEnum"))
        members = [("RED", "red"), ("GREEN", "green"), ("BLUE", "blue")][: self.rng.randrange(1, 4)]
        self.enums.append((name, members))
        out = ["from enum import Enum", "", f"class {name}({base}):"]
        out.extend(f'    {m} = "{v}"' for m, v in members)
        return [*out, ""]

    def _typed_dict(self) -> list[str]:
        name = _pick(self.rng, ("Options", "Creds", "Point"))
        self.typed_dicts.append(name)
        return [f"class {name}(TypedDict):", "    host: str", "    port: int", ""]

    def _model(self, lines: list[str]) -> list[str]:
        name = _pick(self.rng, ("Order", "Person", "Item"))
        self.models.append(name)
        pydantic = any("pydantic" in line for line in lines)
        head = [f"class {name}(BaseModel):"] if pydantic else ["@dataclass", f"class {name}:"]
        fields = [
            "    id: int",
            "    label: str",
            "    tags: list[str]",
            "    extra: Optional[dict]",
        ]
        return [*head, *fields[: self.rng.randrange(1, 5)], ""]

    def _type(self, depth: int = 0) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.45 or depth > 1:
            named = [n for n, _ in self.enums] + self.models + self.typed_dicts
            if named and rng.random() < 0.3:
                return _pick(rng, named)
            return _pick(rng, PY_SIMPLE_TYPES)
        inner = self._type(depth + 1)
        forms = (
            f"list[{inner}]",
            f"List[{inner}]",
            f"Optional[{inner}]",
            f"{inner} | None",
            f"None | {inner}",
            f"{inner} | list[{inner}]",
            f"list[{inner}] | {inner}",
            f"List[{inner}] | {inner}",
            f"{inner} | int",
            "Literal["
            + ", ".join(_double_quoted(_text(rng)) for _ in range(rng.randrange(1, 4)))
            + "]",
            "dict[str, Any]",
            "Dict[str, int]",
            f"Union[{inner}, int]",
            "tuple[int, int]",
            f"({inner})",
        )
        return _pick(rng, forms)

    def _default(self, depth: int = 0) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.25:
            return _py_str(rng, _text(rng))
        if roll < 0.45:
            return _pick(rng, PY_NUMBERS)
        if roll < 0.55:
            return _pick(rng, ("None", "True", "False", "..."))
        if roll < 0.65 and depth < 2:
            items = [self._default(depth + 1) for _ in range(rng.randrange(0, 4))]
            return "[" + ", ".join(items) + "]"
        if roll < 0.75 and depth < 2:
            keys = [_double_quoted(_text(rng)) for _ in range(rng.randrange(0, 4))]
            return "{" + ", ".join(f"{k}: {self._default(depth + 1)}" for k in keys) + "}"
        if roll < 0.8 and self.enums:
            name, members = self.enums[-1]
            return f"{name}.{_pick(rng, [m for m, _ in members])}"
        extras = (
            "datetime.now()",
            'b"bytes"',
            'f"f{1}"',
            "(1, 2)",
            "1 + 2",
            "-5",
            '"a" "b"',
            "[1, *rest]",
        )
        return _pick(rng, extras)

    def _param(self, name: str) -> tuple[str, bool]:
        """(the parameter's text, whether it has a default)."""
        rng = self.rng
        text = name
        typed = rng.random() < 0.75
        if typed:
            text += ": " + self._type()
        if rng.random() < 0.55:
            return text + (" = " if typed or rng.random() < 0.5 else "=") + self._default(), True
        return text, False

    def _main(self, names: list[str], params: list[tuple[str, bool]]) -> list[str]:
        rng = self.rng
        # Python rejects a parameter without default after one with a default: keep them valid.
        ordered = [text for text, _ in sorted(params, key=lambda p: p[1])]
        head = "async def main(" if rng.random() < 0.3 else "def main("
        out = []
        if rng.random() < 0.5 or not ordered:
            out.append(head + ", ".join(ordered) + "):")
        else:
            out.append(head)
            for i, param in enumerate(ordered):
                last = i == len(ordered) - 1
                comma = "," if not last or rng.random() < 0.5 else ""
                comment = ""
                if rng.random() < 0.25:
                    comment = "  # " + _pick(rng, ("note", "the (first) one", "x: int = 3"))
                out.append(f"    {param}{comma}{comment}")
                if rng.random() < 0.15:
                    out.append("    # " + _pick(rng, ("z: int = 3,", "commented out", "")))
            out.append("):")
        if rng.random() < 0.2 and names:
            out.append('    """Do things.')
            out.append("")
            out.append("    Args:")
            out.extend(f"        {n} ({_pick(rng, ('str', 'int'))}): about {n}" for n in names)
            out.append('    """')
        out.append("    return " + (names[0] if names else "None"))
        return out


# --- TypeScript -------------------------------------------------------------------------------

TS_SIMPLE_TYPES = (
    "string",
    "number",
    "boolean",
    "object",
    "bigint",
    "any",
    "unknown",
    "Date",
    "Base64",
    "Email",
    "Sql",
    "Postgresql",
    "S3Object",
    "wmill.S3Object",
    'Resource<"postgresql">',
    "Resource<'s3'>",
    "DynSelect_region",
    "Record<string, any>",
)


class TypeScriptGenerator:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.declared: list[str] = []

    def script(self) -> str:
        rng = self.rng
        lines: list[str] = []
        workflow = rng.random() < 0.3
        if workflow:
            lines.append('import { workflow, task } from "windmill-client";')
        elif rng.random() < 0.5:
            lines.append('import * as wmill from "windmill-client";')
        lines.extend(self._declarations())
        if rng.random() < 0.1:
            lines.append("export async function preprocessor(event: any) { return event; }")
        names = _names(rng, rng.randrange(0, 7))
        params = [self._param(name) for name in names]
        lines.extend(self._main(params, workflow))
        return "\n".join(lines) + "\n"

    def _declarations(self) -> list[str]:
        rng = self.rng
        out: list[str] = []
        pool = (
            ("Rows", "type Rows = object[];"),
            ("Dbs", "type Dbs = Postgresql[];"),
            ("Point", "type Point = { x: number; y?: number; label: string };"),
            ("Choice", 'type Choice = "a" | "b" | "c";'),
            ("Opt", "type Opt = string | undefined;"),
            ("Base", "interface Base { id: string; created?: Date }"),
            ("Named", "interface Named { name: string }"),
            ("Child", "interface Child extends Base { tags: string[] }"),
            ("Multi", "interface Multi extends Base, Named { n: number }"),
            ("Deep", "interface Deep extends Child { flag: boolean }"),
            ("Gen", "interface Gen extends Box<string> { more: number }"),
            ("Box", "interface Box<T> { value: T }"),
            ("Items", "type Items = Point[];"),
            ("Pgs", 'type Pgs = Resource<"postgresql">[];'),
            ("Nested", "type Nested = { inner: Point; list: Rows };"),
            (
                "Shape",
                'type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number };',
            ),
            ("Ex", "export interface Ex extends Named { e: Email }"),
            ("Tree", "type Tree = { v: string; kids: Tree[] };"),
        )
        for name, text in pool:
            if rng.random() < 0.25:
                out.append(text)
                self.declared.append(name)
        for needed, text in (
            ("Child", "interface Base { id: string; created?: Date }"),
            ("Deep", "interface Child extends Base { tags: string[] }"),
            ("Gen", "interface Box<T> { value: T }"),
        ):
            if needed in self.declared and rng.random() < 0.2:
                out.append(text)  # a second declaration of the same name
        return out

    def _type(self, depth: int = 0) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.45 or depth > 1:
            if self.declared and rng.random() < 0.4:
                return _pick(rng, self.declared)
            return _pick(rng, TS_SIMPLE_TYPES)
        inner = self._type(depth + 1)
        literal = " | ".join(_double_quoted(_text(rng)) for _ in range(rng.randrange(1, 4)))
        forms = (
            f"{inner}[]",
            f"Array<{inner}>",
            f"{inner} | undefined",
            f"{inner} | null",
            f"undefined | {inner}",
            literal,
            literal + " | undefined",
            f"{{ a: {inner}; b?: number }}",
            f'{{ kind: "x"; v: {inner} }} | {{ kind: "y"; w: number }}',
            f"({inner})",
            f"{inner}[][]",
            f"string | {inner}",
        )
        return _pick(rng, forms)

    def _default(self, depth: int = 0) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.25:
            text = _double_quoted(_text(rng))
            if rng.random() < 0.2 and "'" not in text and "\\" not in text:
                return "'" + text[1:-1].replace('\\"', '"') + "'"
            return text
        if roll < 0.45:
            return _pick(rng, TS_NUMBERS)
        if roll < 0.52:
            return _pick(rng, ("true", "false", "null", "undefined"))
        if roll < 0.72 and depth < 2:
            items = [self._default(depth + 1) for _ in range(rng.randrange(0, 4))]
            if rng.random() < 0.1:
                items.append("")  # a trailing comma (or a hole)
            return "[" + ", ".join(items) + "]"
        if roll < 0.92 and depth < 2:
            entries = []
            for _ in range(rng.randrange(0, 4)):
                key = _pick(
                    rng,
                    ("a", "b", '"quoted"', "'single'", "__proto__", '"__proto__"', "1", "n2"),
                )
                entries.append(f"{key}: {self._default(depth + 1)}")
            return "{" + ", ".join(entries) + "}"
        return _pick(
            rng, ("`tpl`", "[1, ...[2, 3]]", "{...{a: 1}, b: 2}", "[0.1 + 0.2]", "[2 ** 53 + 1]")
        )

    def _param(self, name: str) -> str:
        rng = self.rng
        if name in ("__proto__",):
            name = "proto"
        optional = rng.random() < 0.15
        text = name + ("?" if optional else "")
        if rng.random() < 0.75:
            text += ": " + self._type()
        if not optional and rng.random() < 0.45:
            text += " = " + self._default()
        return text

    def _main(self, params: list[str], workflow: bool) -> list[str]:
        rng = self.rng
        if rng.random() < 0.5 or not params:
            plist = "(" + ", ".join(params) + ")"
        else:
            parts = []
            for i, param in enumerate(params):
                comma = "," if i < len(params) - 1 or rng.random() < 0.5 else ""
                comment = "  // note" if rng.random() < 0.2 else ""
                parts.append(f"  {param}{comma}{comment}")
                if rng.random() < 0.1:
                    parts.append("  // z: number = 3,")
            plist = "(\n" + "\n".join(parts) + "\n)"
        if workflow:
            if rng.random() < 0.5:
                return [f"export const main = workflow(async {plist} => {{", "  return 1;", "});"]
            return [f"export default workflow(async function {plist} {{", "  return 1;", "});"]
        head = _pick(
            rng, ("export async function main", "export function main", "async function main")
        )
        return [f"{head}{plist} {{", "  return 1;", "}"]


# --- metadata -----------------------------------------------------------------------------------


def _yaml_value(rng: random.Random, depth: int = 0) -> Any:
    roll = rng.random()
    if roll < 0.3:
        return _text(rng)
    if roll < 0.45:
        return rng.choice([0, 1, -3, 2.5, 10**20, True, False, None])
    if roll < 0.55 and depth < 2:
        return [_yaml_value(rng, depth + 1) for _ in range(rng.randrange(0, 3))]
    if roll < 0.65 and depth < 2:
        return {_text(rng): _yaml_value(rng, depth + 1) for _ in range(rng.randrange(0, 3))}
    return rng.choice(["", "x", "ab"])


def _property(rng: random.Random, depth: int = 0) -> dict[str, Any]:
    prop: dict[str, Any] = {}
    choices: list[tuple[str, Any]] = [
        (
            "type",
            lambda: rng.choice(["string", "integer", "number", "boolean", "object", "array", ""]),
        ),
        ("description", lambda: _text(rng)),
        ("default", lambda: _yaml_value(rng)),
        ("format", lambda: rng.choice(["", "email", "date", "date-time", "resource-pg", "sql"])),
        ("enum", lambda: [_text(rng) for _ in range(rng.randrange(0, 3))]),
        (
            "items",
            lambda: {
                "type": rng.choice(["string", "number", "object", "resource"]),
                "enum": ["a", "b"],
            },
        ),
        ("originalType", lambda: rng.choice(["string", "enum", "string[]", "bytes", "number[]"])),
        ("pattern", lambda: "^[a-z]+$"),
        ("min", lambda: rng.randrange(0, 5)),
        ("max", lambda: rng.randrange(5, 50)),
        ("customErrorMessage", lambda: "bad value"),
        ("password", lambda: rng.random() < 0.5),
        ("title", lambda: _text(rng)),
        ("placeholder", lambda: _text(rng)),
        ("nullable", lambda: True),
        ("contentEncoding", lambda: "base64"),
        ("showExpr", lambda: "fields.a == 1"),
        ("x-custom", lambda: _yaml_value(rng)),
        ("dateFormat", lambda: "YYYY-MM-DD"),
    ]
    for key, make in choices:
        if rng.random() < 0.25:
            prop[key] = make()
    if depth < 1 and rng.random() < 0.15:
        prop["properties"] = {
            n: _property(rng, depth + 1) for n in _names(rng, rng.randrange(0, 3))
        }
    return prop


def metadata(rng: random.Random, script: str, path: str, suffix: str) -> str:
    """A `.script.yaml` as a user might have edited it (for the merge path)."""
    names = [n for n in NAMES if n in script]
    names += _names(rng, rng.randrange(0, 3))
    doc: dict[str, Any] = {}
    if rng.random() < 0.8:
        doc["summary"] = _text(rng)
    if rng.random() < 0.7:
        doc["description"] = _text(rng)
    if rng.random() < 0.7:
        doc["lock"] = f"!inline {path}.script.lock" if rng.random() < 0.8 else ""
    if rng.random() < 0.7:
        doc["kind"] = rng.choice(["script", "failure", "trigger", "approval"])
    if rng.random() < 0.2:
        doc["tag"] = rng.choice(["gpu", "", "chromium"])
    if rng.random() < 0.1:
        doc["has_preprocessor"] = True
    schema: dict[str, Any] = {"$schema": "https://json-schema.org/draft/2020-12/schema"}
    schema["type"] = "object"
    if rng.random() < 0.1:
        schema["order"] = names
    properties = {n: _property(rng) for n in names if rng.random() < 0.7}
    schema["properties"] = properties
    schema["required"] = [n for n in names if rng.random() < 0.3]
    if rng.random() < 0.9:
        doc["schema"] = schema
    keys = list(doc)
    if rng.random() < 0.3:
        rng.shuffle(keys)
    ordered = {k: doc[k] for k in keys}
    text: str = yaml.safe_dump(
        ordered,
        sort_keys=rng.random() < 0.3,
        allow_unicode=rng.random() < 0.7,
        default_flow_style=None if rng.random() < 0.2 else False,
        width=rng.choice([80, 1000]),
    )
    return text


def generate(seed: int, count: int, with_metadata: float = 0.35) -> list[Case]:
    """`count` scripts, alternating languages; a share of them with an edited `.script.yaml`."""
    rng = random.Random(seed)
    cases = []
    for index in range(count):
        python = index % 2 == 0
        generator: PythonGenerator | TypeScriptGenerator = (
            PythonGenerator(rng) if python else TypeScriptGenerator(rng)
        )
        path = f"f/fz/{'p' if python else 't'}{index}"
        suffix = ".py" if python else ".ts"
        script = generator.script()
        meta = metadata(rng, script, path, suffix) if rng.random() < with_metadata else None
        cases.append(Case(path, suffix, script, meta))
    return cases
