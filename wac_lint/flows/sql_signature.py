"""The inputs of a SQL script, as Windmill's SQL parsers read them.

Windmill (windmill-parser-sql, through `windmill-parser-wasm-regex`; checked on
the samples of `tests/data/sql_signatures.json`, made with that package):

- PostgreSQL: every `$N` of the query is an input, in the order of N, except
  inside '...' (a doubled quote stays inside; a backslash escapes nothing, so
  Windmill ends `E'a\\'b'` at the backslash-quote), "...", `--` and `/* */`
  comments (an unclosed one runs to the end) and dollar-quoted `$$...$$` /
  `$tag$...$tag$` bodies. A comment line `-- $N name` names it, `-- $N name =
  value` gives it a default; its type is the cast after it (`$1::int`, also
  `$1::double precision`), text when there is none; such a line with no `$N`
  in the query declares nothing. `-- $N name (type)` declares a typed input
  whether or not the query uses `$N`.
- MySQL and Oracle read `-- :name (type)` lines, or, when there are none,
  `-- ? name (type)`; BigQuery `-- @name (type)`, Snowflake `-- ? name (type)`,
  MS SQL `-- @P1 name (type)`, DuckDB `-- $name (type)`, each with an optional
  `= default`; a placeholder no comment declares is not an input.
- Every dialect: `-- %%name%% a/b = default` declares a value spliced into the
  query text.

Checked by differential runs against the package (1,000 generated queries, 0
divergent; 226 of 300 PostgreSQL ones diverged before this reading).

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
_END = r" *(?:\r|\n|$)"
# The declaration comments, as windmill-parser-sql writes its regexes; `-- :name`
# (named) wins over `-- ? name` for MySQL and Oracle: when any named one is
# present, the positional ones are not read.
_NAMED = re.compile(rf"^-- :([a-z_][a-z0-9_]*) \((\w+(?:\([\w, ]+\))?)\){_DEFAULT}{_END}", re.M)
_POSITIONAL = re.compile(rf"^-- \? (\w+) \((\w+)\){_DEFAULT}{_END}", re.M)
_DECLARATIONS: dict[str, tuple[re.Pattern[str], ...]] = {
    "snowflake": (_POSITIONAL,),
    "bigquery": (re.compile(rf"^-- @(\w+) {_TYPE}{_DEFAULT}{_END}", re.M),),
    "mssql": (re.compile(rf"^-- @[Pp]\d+ (\w+) \((\w+)\){_DEFAULT}{_END}", re.M),),
    "duckdb": (re.compile(rf"^-- \$(\w+) \(([A-Za-z0-9_\[\]]+)\){_DEFAULT}{_END}", re.M),),
}
_PG_NAME = re.compile(rf"^-- \$(\d+) (\w+)(?: \(([A-Za-z0-9_\[\]]+)\))?{_DEFAULT}{_END}", re.M)
_PG_CAST = re.compile(r"::(\w+(?:\[\])?)")
# `-- %%name%% type = default`: a value spliced into the query text (every dialect).
_INTERPOLATION = re.compile(
    rf"^--\s*%%([a-z_][a-z0-9_]*)%%[ \t]*([\w][\w \t/]*)?{_DEFAULT}{_END}", re.M
)
# Casts written in several words: the parser reads them as their one-word alias.
_LONG_TYPES = (
    ("character varying", "varchar"),
    ("double precision", "double"),
    ("time with time zone", "timetz"),
    ("time without time zone", "time"),
    ("timestamp with time zone", "timestamptz"),
    ("timestamp without time zone", "timestamp"),
)
_DATABASE_ANNOTATION = re.compile(r"^-- database \S+ *(?:\r|\n|$)", re.M)  # RE_DB

_JSON_TYPES = {
    "integer": (
        "int int2 int4 int8 integer smallint bigint tinyint mediumint serial bigserial int64"
        " oid smallserial serial2 serial4 serial8"
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
        patterns = _DECLARATIONS.get(language)
        if patterns is None:  # MySQL, Oracle
            patterns = (_NAMED,) if _NAMED.search(code) else (_POSITIONAL,)
        for pattern in patterns:
            for match in pattern.finditer(code):
                name, typ, default = match.group(1), match.group(2), match.group(3)
                out.append(SqlInput(name, default is None, json_type(typ)))
    for match in _INTERPOLATION.finditer(code):
        # Spliced as text whatever its declared choices: a string.
        out.append(SqlInput(match.group(1), match.group(3) is None, "string"))
    return tuple(out)


def _postgres_inputs(code: str) -> list[SqlInput]:
    # A declaration with a type is an input whether or not the query uses it;
    # one without a type only names (and gives a default to) a `$N` the query uses.
    typed: dict[int, SqlInput] = {}
    for match in _PG_NAME.finditer(code):
        if match.group(3) is not None:
            index = int(match.group(1))
            typed.setdefault(
                index, SqlInput(match.group(2), match.group(4) is None, json_type(match.group(3)))
            )
    casts: dict[int, str | None] = {}
    for index, end in placeholders(code):
        if index in typed:
            continue
        cast = _cast_at(code, end)
        if index not in casts or casts[index] is None:
            casts[index] = cast
    named: dict[int, tuple[str, bool]] = {}
    for match in _PG_NAME.finditer(code):
        index = int(match.group(1))
        if index in casts:
            named[index] = (match.group(2), match.group(4) is not None)  # the last one wins
    inferred: dict[int, SqlInput] = {}
    for index, cast in casts.items():
        name, has_default = named.get(index, (f"${index}", False))
        # No cast: Windmill reads it as text, but binds what it is given; judge no type.
        inferred[index] = SqlInput(name, not has_default, json_type(cast) if cast else None)
    both = {**inferred, **typed}
    return [both[index] for index in sorted(both)]


def _cast_at(code: str, end: int) -> str | None:
    match = _PG_CAST.match(code, end)
    if match is None:
        return None
    rest = code[match.start() + 2 :]
    for long_type, alias in _LONG_TYPES:
        words = long_type.split(" ")
        pos = 0
        for word in words:
            if rest[pos : pos + len(word)].lower() != word:
                break
            pos += len(word)
            pos += len(rest[pos:]) - len(rest[pos:].lstrip())
        else:
            return alias + "[]" if rest[pos:].startswith("[]") else alias
    return match.group(1)


def placeholders(code: str) -> list[tuple[int, int]]:
    """Each `$N` of the query as (N, offset after its digits), read as
    windmill-parser-sql's statement scanner reads them: not inside '...' (a
    doubled quote stays inside; a backslash does not escape, so E'a\\'b' ends
    at the backslash-quote, as Windmill reads it), "...", -- and /* */ comments
    (an unclosed one runs to the end) or a dollar-quoted $$...$$ / $tag$...$tag$
    body."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(code)
    while i < n:
        char = code[i]
        nxt = code[i + 1] if i + 1 < n else ""
        if char == "'" or char == '"':
            i = _quote_end(code, i + 1, char)
        elif char == "-" and nxt == "-":
            newline = code.find("\n", i + 1)
            i = n if newline < 0 else newline + 1
        elif char == "/" and nxt == "*":
            # The `*` that opens the comment may also close it (`/*/`), as in Windmill.
            close = code.find("*/", i + 1)
            i = n if close < 0 else close + 1  # the `/` is read again, as Windmill does
        elif char == "$":
            delimiter = _dollar_delimiter(code, i)
            if delimiter is not None:
                close = code.find(delimiter, i + len(delimiter))
                i = n if close < 0 else close + len(delimiter)
            elif nxt.isascii() and nxt.isdigit():
                j = i + 1
                while j < n and code[j].isascii() and code[j].isdigit():
                    j += 1
                out.append((int(code[i + 1 : j]), j))
                i = j
            else:
                i += 1
        else:
            i += 1
    return out


def _quote_end(code: str, i: int, quote: str) -> int:
    n = len(code)
    while i < n:
        if code[i] == quote:
            if i + 1 < n and code[i + 1] == quote:
                i += 2
                continue
            return i + 1
        i += 1
    return n


def _dollar_delimiter(code: str, i: int) -> str | None:
    j = i + 1
    while j < len(code):
        char = code[j]
        if char == "$":
            return code[i : j + 1]
        ok = char.isascii() and (char.isalpha() or char == "_" or (j > i + 1 and char.isdigit()))
        if not ok:
            return None
        j += 1
    return None


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
