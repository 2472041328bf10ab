"""Mutations of a file's bytes: the inputs a linter meets in the wild, and worse.

Every mutator takes the bytes and a `random.Random` (hypothesis hands in its own
`Random`, so failures shrink and a derandomized run repeats exactly; the long run
in `bench/fuzz.py` uses a seeded one) and returns new bytes. `mutate()` chains a
few of them. The language matters only for the structural ones (deep nesting).
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from enum import Enum

Mutator = Callable[[bytes, random.Random, "Lang"], bytes]


class Lang(Enum):
    PYTHON = "python"
    TYPESCRIPT = "typescript"
    YAML = "yaml"  # `.script.yaml` beside a script
    TOML = "toml"  # wac-lint.toml


# Bytes that are special to one layer or another: NUL, line ends the
# languages disagree on (CR, VT, FF, NEL, LS/PS), BOMs, a lone UTF-8
# continuation byte, an overlong encoding, a surrogate encoded as UTF-8 (CESU),
# terminal escapes, quotes and brackets.
INTERESTING = [
    b"\x00",
    b"\r",
    b"\r\n",
    b"\x0b",
    b"\x0c",
    b"\xc2\x85",
    b"\xe2\x80\xa8",
    b"\xe2\x80\xa9",
    b"\xef\xbb\xbf",
    b"\x80",
    b"\xff",
    b"\xc0\xaf",
    b"\xed\xa0\x80",
    b"\x1b[31m",
    b"\x1b]0;title\x07",
    b"\t",
    b'"',
    b"'",
    b"`",
    b"${",
    b"\\",
    b"#",
    b"//",
    b"/*",
    b'"""',
    b"(",
    b")",
    b"{",
    b"}",
    b"[",
    b"]",
    b":",
    b";",
    b",",
    b"\xf0\x9f\x98\x80",  # an astral character (two UTF-16 units)
    b"\xef\xbd\x94\xef\xbd\x81\xef\xbd\x93\xef\xbd\x8b",  # fullwidth "task": NFKC says task
]

# Names the rules and the schema reader look for; swapping them in drives the
# mutated text into the analysers' interesting paths.
SDK_WORDS = [
    b"task",
    b"step",
    b"workflow",
    b"sleep",
    b"parallel",
    b"wait_for_approval",
    b"waitForApproval",
    b"task_script",
    b"taskScript",
    b"task_flow",
    b"taskFlow",
    b"get_resume_urls",
    b"main",
    b"await",
    b"async",
    b"wmill",
    b"windmill-client",
    b"export",
    b"default",
    b"lambda",
    b"except",
    b"catch",
    b"finally",
    b"raise",
    b"return",
    b"Exception",
    b"BaseException",
    b"datetime.now()",
    b"requests.post(u)",
    b"Date.now()",
    b"fetch(u)",
]

_TOKEN = re.compile(rb"[A-Za-z_][A-Za-z0-9_]*|[0-9]+|\s+|[\x80-\xff]+|.", re.DOTALL)


def tokens(data: bytes) -> list[bytes]:
    return _TOKEN.findall(data)


def _position(data: bytes, rng: random.Random) -> int:
    return rng.randrange(len(data) + 1)


def _line_starts(data: bytes) -> list[int]:
    return [0] + [m.end() for m in re.finditer(rb"\r\n|\n|\r", data)]


def _at_line_start(data: bytes, rng: random.Random) -> int:
    return rng.choice(_line_starts(data))


def flip_bits(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        index = rng.randrange(len(out))
        out[index] ^= 1 << rng.randrange(8)
    return bytes(out)


def random_bytes(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    index = _position(data, rng)
    count = rng.randint(1, 8)
    return data[:index] + bytes(rng.randrange(256) for _ in range(count)) + data[index:]


def insert_interesting(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    index = _position(data, rng)
    return data[:index] + rng.choice(INTERESTING) + data[index:]


def truncate(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """Cut anywhere, also in the middle of a UTF-8 sequence or a string."""
    return data[: _position(data, rng)]


def delete_tokens(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    parts = tokens(data)
    if not parts:
        return data
    start = rng.randrange(len(parts))
    end = min(len(parts), start + rng.choice([1, 1, 1, 2, 3, 8]))
    return b"".join(parts[:start] + parts[end:])


def duplicate_tokens(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    parts = tokens(data)
    if not parts:
        return data
    start = rng.randrange(len(parts))
    end = min(len(parts), start + rng.choice([1, 1, 2, 3, 8, 30]))
    return b"".join(parts[:end] + parts[start:end] + parts[end:])


def replace_token(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    parts = tokens(data)
    words = [i for i, p in enumerate(parts) if p[:1].isalpha() or p[:1] == b"_"]
    if not words:
        return data
    index = rng.choice(words)
    parts[index] = rng.choice(SDK_WORDS)
    return b"".join(parts)


def move_line(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    lines = data.splitlines(keepends=True)
    if len(lines) < 2:
        return data
    line = lines.pop(rng.randrange(len(lines)))
    lines.insert(rng.randrange(len(lines) + 1), line)
    return b"".join(lines)


def reindent_line(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """Indent or dedent one line (spaces or a tab): Python's block structure breaks."""
    lines = data.splitlines(keepends=True)
    if not lines:
        return data
    index = rng.randrange(len(lines))
    line = lines[index]
    choice = rng.randrange(3)
    if choice == 0:
        lines[index] = line.lstrip(b" \t")
    elif choice == 1:
        lines[index] = b"\t" + line
    else:
        lines[index] = b" " * rng.choice([1, 2, 4, 8]) + line
    return b"".join(lines)


def newlines(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """All CR, all CRLF, or a mix of CR / LF / CRLF line by line."""
    lines = re.split(rb"\r\n|\n|\r", data)
    style = rng.randrange(3)
    if style == 0:
        return b"\r".join(lines)
    if style == 1:
        return b"\r\n".join(lines)
    out = bytearray()
    for line in lines[:-1]:
        out += line + rng.choice([b"\n", b"\r", b"\r\n"])
    return bytes(out + lines[-1])


def odd_line_separators(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """Replace a few newlines with separators some tools count as lines (FF, VT, NEL, LS)."""
    starts = [m.start() for m in re.finditer(rb"\n", data)]
    if not starts:
        return data
    out = bytearray(data)
    for index in sorted(rng.sample(starts, min(len(starts), rng.randint(1, 3))), reverse=True):
        out[index : index + 1] = rng.choice(
            [b"\x0c", b"\x0b", b"\xc2\x85", b"\xe2\x80\xa8", b"\x0c\n", b"\x1c"]
        )
    return bytes(out)


def encoding(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """Another encoding of the same text, a BOM, or bytes that are not UTF-8."""
    text = data.decode("utf-8", errors="replace")
    choice = rng.randrange(7)
    if choice == 0:
        return b"\xef\xbb\xbf" + data
    if choice == 1:
        return b"\xef\xbb\xbf\xef\xbb\xbf" + data  # two BOMs: the second is text
    if choice == 2:
        return text.encode("utf-16")  # with its BOM
    if choice == 3:
        return text.encode("utf-16-be")
    if choice == 4:
        return text.encode("latin-1", errors="replace")
    if choice == 5:
        index = _position(data, rng)
        return data[:index] + b"\xef\xbb\xbf" + data[index:]  # a BOM mid-file
    return text.encode("utf-8", errors="surrogateescape") + "é".encode("latin-1")


_NESTING: dict[Lang, list[tuple[bytes, bytes, bytes]]] = {
    # (opening, middle, closing) repeated N times around the middle
    Lang.PYTHON: [
        (b"(", b"x", b")"),
        (b"[", b"1", b"]"),
        (b"{1: ", b"2", b"}"),
        (b"lambda: ", b"0", b""),
        (b"await ", b"x", b""),
        (b"not ", b"x", b""),
        (b"-", b"1", b""),
        (b"f(", b"", b")"),
        (b"x if ", b"y", b" else z"),
    ],
    Lang.TYPESCRIPT: [
        (b"(", b"x", b")"),
        (b"[", b"1", b"]"),
        (b"{a: ", b"1", b"}"),
        (b"() => ", b"0", b""),
        (b"async () => await ", b"x", b""),
        (b"await ", b"x", b""),
        (b"!", b"x", b""),
        (b"f(", b"", b")"),
        (b"`${", b"1", b"}`"),
        (b"x ? ", b"y", b" : z"),
        (b"Array<", b"string", b">"),
    ],
    Lang.YAML: [
        (b"[", b"1", b"]"),
        (b"{a: ", b"1", b"}"),
        (b"- ", b"x", b""),
    ],
    Lang.TOML: [
        (b"[", b"1", b"]"),
        (b"{a = ", b"1", b"}"),
    ],
}


def deep_nesting(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """An expression nested N deep, as a statement of its own or spliced anywhere.
    35,000 levels take most shapes past 65,535 tree levels, where tree-sitter's
    queries stop following the tree (`wac_lint/tree_depth.py`): refused, in one line."""
    depth = rng.choice([3, 50, 200, 1000, 3000, 35_000])
    opening, middle, closing = rng.choice(_NESTING[lang])
    nested = opening * depth + middle + closing * depth
    if lang is Lang.PYTHON:
        line = b"x = " + nested + b"\n"
    elif lang is Lang.TYPESCRIPT:
        line = b"const x = " + nested + b";\n"
    elif lang is Lang.YAML:
        line = b"x: " + nested + b"\n"
    else:
        line = b"x = " + nested + b"\n"
    if rng.random() < 0.5:
        index = _at_line_start(data, rng)
        return data[:index] + line + data[index:]
    index = _position(data, rng)
    return data[:index] + nested + data[index:]


def deep_blocks(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """Statements nested N blocks deep (indentation in Python, braces in TypeScript)."""
    depth = rng.choice([3, 30, 100, 400])
    if lang is Lang.PYTHON:
        head = rng.choice([b"if x:", b"for i in y:", b"try:", b"with a:", b"async def f():"])
        text = b"".join(b"    " * i + head + b"\n" for i in range(depth))
        text += b"    " * depth + b"pass\n"
    elif lang is Lang.TYPESCRIPT:
        head = rng.choice([b"if (x) {", b"for (const i of y) {", b"try {", b"{"])
        tail = b"} finally {}" if head == b"try {" else b"}"
        text = head * depth + b"x;" + tail * depth + b"\n"
    else:
        return deep_nesting(data, rng, lang)
    index = _at_line_start(data, rng)
    return data[:index] + text + data[index:]


def comment_lines(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """Many comment or blank lines at one place (after an indented block, say)."""
    count = rng.choice([1, 10, 200, 2000])
    if lang is Lang.TYPESCRIPT:
        line = rng.choice([b"// c\n", b"/* c */\n", b"\n"])
    else:
        line = rng.choice([b"# c\n", b"    # c\n", b"\n", b"        # wac-lint: ignore\n"])
    index = _at_line_start(data, rng)
    return data[:index] + line * count + data[index:]


def suppression(data: bytes, rng: random.Random, lang: Lang) -> bytes:
    """A suppression comment, well formed or not, at the end of a line."""
    marker = b"//" if lang is Lang.TYPESCRIPT else b"#"
    body = rng.choice(
        [
            b" wac-lint: ignore",
            b" wac-lint: ignore[WAC101]",
            b" wac-lint: ignore[WAC101, WAC102]",
            b" wac-lint: ignore[",
            b" wac-lint: ignore[]",
            b" wac-lint: ignore[WAC10l]",
            b" wac-lint: ignore-file[WAC102]",
            b" wac-lint: ignore-file",
            b" wac-lint:ignore[ALL]",
        ]
    )
    ends = [m.start() for m in re.finditer(rb"\n", data)] or [len(data)]
    index = rng.choice(ends)
    return data[:index] + b"  " + marker + body + data[index:]


def splice(donor: bytes) -> Mutator:
    """Insert a run of lines from another file (same language) at a line start."""

    def _splice(data: bytes, rng: random.Random, lang: Lang) -> bytes:
        lines = donor.splitlines(keepends=True)
        if not lines:
            return data
        start = rng.randrange(len(lines))
        chunk = b"".join(lines[start : start + rng.choice([1, 3, 10, 40])])
        index = _at_line_start(data, rng)
        return data[:index] + chunk + data[index:]

    return _splice


MUTATORS: dict[str, Mutator] = {
    "flip_bits": flip_bits,
    "random_bytes": random_bytes,
    "insert_interesting": insert_interesting,
    "truncate": truncate,
    "delete_tokens": delete_tokens,
    "duplicate_tokens": duplicate_tokens,
    "replace_token": replace_token,
    "move_line": move_line,
    "reindent_line": reindent_line,
    "newlines": newlines,
    "odd_line_separators": odd_line_separators,
    "encoding": encoding,
    "deep_nesting": deep_nesting,
    "deep_blocks": deep_blocks,
    "comment_lines": comment_lines,
    "suppression": suppression,
}

# Mutators that keep valid UTF-8 text valid: most inputs should get past the
# reader into the parser and the rules, where the interesting bugs are.
TEXTUAL = [
    "delete_tokens",
    "duplicate_tokens",
    "replace_token",
    "move_line",
    "reindent_line",
    "newlines",
    "odd_line_separators",
    "deep_nesting",
    "deep_blocks",
    "comment_lines",
    "suppression",
]


def mutate(
    data: bytes,
    rng: random.Random,
    lang: Lang,
    donors: list[bytes] | None = None,
    max_steps: int = 3,
) -> tuple[bytes, list[str]]:
    """Apply 1..max_steps mutations; mostly textual ones. Returns the bytes and their names."""
    applied = []
    for _ in range(rng.randint(1, max_steps)):
        if donors and rng.random() < 0.1:
            name, mutator = "splice", splice(rng.choice(donors))
        elif rng.random() < 0.75:
            name = rng.choice(TEXTUAL)
            mutator = MUTATORS[name]
        else:
            name = rng.choice(sorted(MUTATORS))
            mutator = MUTATORS[name]
        data = mutator(data, rng, lang)
        applied.append(name)
    return data, applied
