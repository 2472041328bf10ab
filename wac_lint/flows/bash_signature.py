"""The inputs of a bash script, as Windmill's bash parser reads them.

Windmill (windmill-parser-bash `parse_bash_file`) takes a line
`name="$1"`, `name="${1}"` or `name="${1:-default}"` (an optional trailing
`# comment`) as the declaration of the script's first input, and so on: the
inputs are `$1`, `$2`, ... in order, up to the first number no line declares.
Every input is a string; one with `:-` has that default (possibly empty), the
others are required. Nothing else in the script is an input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The regex of windmill-parser-bash (`RE_BASH`), in Python's syntax.
_DECLARATION = re.compile(
    r'^(\w+)="\$(?:(\d+)|\{(\d+)\}|\{(\d+):-(.*)\})"(?:[\t ]*)?(?:#.*)?\r?$',
    re.MULTILINE,
)
_MAX_INPUTS = 19  # Windmill looks at $1 .. $19


@dataclass(frozen=True)
class BashInput:
    name: str
    default: str | None  # None: required


def bash_inputs(code: str) -> tuple[BashInput, ...]:
    """The script's inputs in order, as Windmill's form shows them."""
    by_position: dict[int, BashInput] = {}
    for match in _DECLARATION.finditer(code):
        digits = match.group(2) or match.group(3) or match.group(4)
        by_position[int(digits)] = BashInput(match.group(1), match.group(5))
    out: list[BashInput] = []
    for position in range(1, _MAX_INPUTS + 1):
        found = by_position.get(position)
        if found is None:
            break
        out.append(found)
    return tuple(out)


# A line assigning a positional parameter that the regex above does not read: unquoted
# (`HOST=$1`), indented, behind `export` / `local` / `readonly`, with another expansion
# (`${1:?msg}`), followed by more than a comment (`HOST="$1";`, `HOST="$1" && shift`),
# or quoted properly but past the first number no line declares.
_LOOSE = re.compile(
    r"^[\t ]*(?:(?:export|local|readonly|declare(?:[\t ]+-\w+)*)[\t ]+)?(\w+)="
    r'("?)\$(?:(\d+)|\{(\d+)(?::?[-=?+][^}]*)?\})\2[\t ]*(?P<rest>(?:;|&&|\|\|)[^\n#]*)?'
    r"(?:#.*)?\r?$",
    re.MULTILINE,
)


@dataclass(frozen=True)
class UnreadDeclaration:
    name: str
    position: int  # the `$N` it reads
    line: int  # 1-based line of the script
    text: str  # the line as written
    strict: bool  # written as Windmill reads it, but past the inputs it reads
    trailing: str = ""  # what follows the value on the line (`;`), which the parser refuses


def unread_declarations(code: str) -> tuple[UnreadDeclaration, ...]:
    """Lines that give a positional parameter a name but that Windmill's parser does
    not read as an input: the script receives nothing for that position."""
    read = {i.name for i in bash_inputs(code)}
    out: list[UnreadDeclaration] = []
    for match in _LOOSE.finditer(code):
        name = match.group(1)
        if name in read:
            continue
        position = int(match.group(3) or match.group(4))
        line = code.count("\n", 0, match.start()) + 1
        text = match.group(0).strip()
        strict = _DECLARATION.fullmatch(match.group(0).rstrip("\r")) is not None
        trailing = (match.group("rest") or "").strip()
        out.append(UnreadDeclaration(name, position, line, text, strict, trailing))
    return tuple(out)
