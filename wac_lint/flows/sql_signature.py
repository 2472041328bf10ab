"""The inputs of a SQL script, as Windmill's SQL parsers read them.

Windmill (windmill-parser-sql, through `windmill-parser-wasm-regex`; checked on
the samples of `tests/data/sql_signatures.json`, made with that package):

- PostgreSQL: every `$N` of the query (outside string literals, quoted
  identifiers and comments) is an input, in the order of N; a comment line
  `-- $N name` names it, `-- $N name = value` gives it a default; its type is
  the cast after it (`$1::int`), text when there is none. A `-- $N` line with no
  `$N` in the query declares nothing. `-- $N name (type)` also types it.
- MySQL, BigQuery, Snowflake, MS SQL, Oracle, DuckDB: only the declaration
  comments are inputs (`-- ? name (type)`, `-- :name (type)`, `-- @name (type)`,
  `-- @P1 name (type)`, `-- $name (type)`, each with an optional `= default`);
  a placeholder no comment declares is not an input.

Besides those, `wmill` and the flow editor give every dialect but DuckDB a
`database` input of the dialect's resource type first (windmill-cli 1.819.0
`inferSchema`); a `-- database f/x/y` line names the resource in the script
itself, and the input is then not needed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Windmill's `language` -> the resource type of its `database` input (None: no such input).
DATABASE_RESOURCE: dict[str, str | None] = {
    "postgresql": "postgresql",
    "mysql": "mysql",
    "bigquery": "bigquery",
    "snowflake": "snowflake",
    "mssql": "ms_sql_server",
    "oracledb": "oracledb",
    "duckdb": None,
}

_TYPE = r"\((\w+(?:\[\])?)\)"
_DEFAULT = r"(?: ?= ?(.+))?"
_DECLARATIONS: dict[str, tuple[re.Pattern[str], ...]] = {
    "mysql": (
        re.compile(rf"^-- \? (\w+) {_TYPE}{_DEFAULT} *$", re.M),
        re.compile(rf"^-- :(\w+) {_TYPE}{_DEFAULT} *$", re.M),
    ),
    "snowflake": (re.compile(rf"^-- \? (\w+) {_TYPE}{_DEFAULT} *$", re.M),),
    "bigquery": (re.compile(rf"^-- @(\w+) {_TYPE}{_DEFAULT} *$", re.M),),
    "mssql": (re.compile(rf"^-- @P\d+ (\w+) {_TYPE}{_DEFAULT} *$", re.M),),
    "oracledb": (re.compile(rf"^-- :(\w+) {_TYPE}{_DEFAULT} *$", re.M),),
    "duckdb": (re.compile(rf"^-- \$(\w+) {_TYPE}{_DEFAULT} *$", re.M),),
}
_PG_NAME = re.compile(rf"^-- \$(\d+) (\w+)(?: {_TYPE})?{_DEFAULT} *$", re.M)
_PG_PLACEHOLDER = re.compile(r"\$(\d+)(?:::(\w+(?:\[\])?))?")
# What hides a `$N` from the parser: comments, string literals, quoted identifiers.
_HIDDEN = re.compile(r"--[^\n]*|/\*.*?\*/|'(?:[^']|'')*'|\"[^\"]*\"", re.S)
_DATABASE_ANNOTATION = re.compile(r"^-- database \S+", re.M)

_JSON_TYPES = {
    "integer": (
        "int int2 int4 int8 integer smallint bigint tinyint mediumint serial bigserial int64"
    ).split(),
    "number": "numeric decimal real float float4 float8 float64 double money number".split(),
    "boolean": "bool boolean".split(),
    "string": "text varchar char character uuid string citext name nvarchar varchar2".split(),
}


@dataclass(frozen=True)
class SqlInput:
    name: str
    required: bool
    type: str | None  # JSON type, None when wac-lint does not judge it
    resource: str | None = None


def is_sql(language: str) -> bool:
    return language in DATABASE_RESOURCE


def sql_inputs(code: str, language: str) -> tuple[SqlInput, ...] | None:
    """The script's inputs in the order Windmill lists them; None for a dialect
    wac-lint does not read."""
    if language not in DATABASE_RESOURCE:
        return None
    out: list[SqlInput] = []
    resource = DATABASE_RESOURCE[language]
    if resource is not None:
        needed = _DATABASE_ANNOTATION.search(code) is None
        out.append(SqlInput("database", needed, None, resource))
    if language == "postgresql":
        out.extend(_postgres_inputs(code))
    else:
        for pattern in _DECLARATIONS[language]:
            for match in pattern.finditer(code):
                name, typ, default = match.group(1), match.group(2), match.group(3)
                out.append(SqlInput(name, default is None, json_type(typ)))
    return tuple(out)


def _postgres_inputs(code: str) -> list[SqlInput]:
    query = _HIDDEN.sub(" ", code)
    casts: dict[int, str | None] = {}
    for match in _PG_PLACEHOLDER.finditer(query):
        index = int(match.group(1))
        if casts.get(index) is None:
            casts[index] = match.group(2)
    names: dict[int, tuple[str, str | None, bool]] = {}
    for match in _PG_NAME.finditer(code):
        declared = (match.group(2), match.group(3), match.group(4) is not None)
        names.setdefault(int(match.group(1)), declared)
    out: list[SqlInput] = []
    for index in sorted(casts):
        name, declared_type, has_default = names.get(index, (f"${index}", None, False))
        cast = casts[index] or declared_type
        # No cast: Windmill reads it as text, but binds what it is given; judge no type.
        out.append(SqlInput(name, not has_default, json_type(cast) if cast else None))
    return out


def json_type(sql_type: str) -> str | None:
    """The JSON type of a SQL type name, as far as wac-lint judges it."""
    text = sql_type.strip().lower()
    if text.endswith("[]"):
        return "array"
    text = text.split("(", 1)[0].strip()
    for kind, names in _JSON_TYPES.items():
        if text in names:
            return kind
    return None
