"""Independent checks of what a command produced: does a fixed file still parse,
compile, keep its BOM and line endings; is an output what its format promises."""

from __future__ import annotations

import json
import re
import warnings
import xml.etree.ElementTree as ElementTree

import tree_sitter

from tests.fuzz.mutate import Lang
from wac_lint.parsing import language
from wac_lint.schema import yaml_read
from wac_lint.source import LANG_PYTHON, LANG_TYPESCRIPT

# C0 controls other than tab, LF and CR, DEL, and C1 controls: a terminal acts
# on them (ESC starts an escape sequence), so no text output may carry them raw.
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def decode(data: bytes) -> str | None:
    """The text wac-lint reads from these bytes (None: it refuses them)."""
    if b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return text[1:] if text.startswith("\ufeff") else text


def _parser(lang: Lang) -> tree_sitter.Parser:
    name = LANG_PYTHON if lang is Lang.PYTHON else LANG_TYPESCRIPT
    return tree_sitter.Parser(language(name))


def tree_sitter_parses(text: str, lang: Lang) -> bool:
    # A lone CR ends a line for Python, JavaScript and wac-lint, not for the
    # grammars: read as LF, or every CR-only file "does not parse".
    text = re.sub(r"\r(?!\n)", "\n", text)
    return not _parser(lang).parse(text.encode("utf-8")).root_node.has_error


def python_compiles(text: str) -> bool:
    """CPython's own verdict (compile() builds bytecode; nothing is executed)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # invalid escape sequences and the like
            compile(text, "<fuzz>", "exec", dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return False
    return True


_FUNCTIONS = {
    "function_declaration",
    "function_expression",
    "function",
    "arrow_function",
    "method_definition",
    "generator_function_declaration",
    "generator_function",
}


def typescript_misplaced_awaits(text: str) -> int:
    """`await` inside a function that is not async: tsc and Bun reject the file.

    (tree-sitter accepts it, so a parse is not enough for TypeScript.) Top-level
    await is allowed: Bun scripts are modules. One walk down, carrying whether
    the nearest enclosing function is async: linear, even 3,000 awaits deep.
    """
    tree = _parser(Lang.TYPESCRIPT).parse(text.encode("utf-8"))
    count = 0
    stack: list[tuple[tree_sitter.Node, bool]] = [(tree.root_node, True)]
    while stack:
        node, await_allowed = stack.pop()
        if node.type == "await_expression" and not await_allowed:
            count += 1
        if node.type in _FUNCTIONS:
            await_allowed = any(c.type == "async" for c in node.children)
        stack.extend((child, await_allowed) for child in node.children)
    return count


def compiles(text: str, lang: Lang) -> bool:
    """Parses without error, and (Python) compiles / (TypeScript) awaits only where allowed."""
    if lang is Lang.PYTHON:
        return python_compiles(text)
    return tree_sitter_parses(text, lang) and typescript_misplaced_awaits(text) == 0


def line_ending_styles(text: str) -> set[str]:
    styles = set()
    if "\r\n" in text:
        styles.add("crlf")
    if re.search(r"(?<!\r)\n", text):
        styles.add("lf")
    if re.search(r"\r(?!\n)", text):
        styles.add("cr")
    return styles


def fix_problems(before: bytes, after: bytes, lang: Lang, editor: bool = False) -> list[str]:
    """What is wrong with `after` as the result of fixing `before` (empty: nothing).

    `--fix` must leave a file that does not parse alone; an editor's quick fix
    (`editor`) may edit one (a suppression comment, say), but must not break
    one that parses.
    """
    if before == after:
        return []
    old = decode(before)
    if old is None:
        return ["rewrote a file it cannot read (binary or not UTF-8)"]
    if not tree_sitter_parses(old, lang):
        return [] if editor else ["rewrote a file that does not parse"]
    new = decode(after)
    if new is None:
        return ["the fixed file is not UTF-8 text"]
    problems = []
    if not tree_sitter_parses(new, lang):
        problems.append("the fixed file does not parse")
    if compiles(old, lang) and not compiles(new, lang):
        problems.append(
            "the fixed file no longer compiles"
            if lang is Lang.PYTHON
            else "the fix put `await` in a function that is not async"
        )
    if before.startswith(b"\xef\xbb\xbf") != after.startswith(b"\xef\xbb\xbf"):
        problems.append("the byte order mark was not kept")
    old_styles, new_styles = line_ending_styles(old), line_ending_styles(new)
    if len(old_styles) == 1 and new_styles - old_styles:
        problems.append(f"line endings changed from {old_styles} to {new_styles}")
    return problems


def output_problems(text: str, fmt: str) -> list[str]:
    """Whether a command's standard output is what its format promises."""
    try:
        if fmt in ("json", "sarif", "graph-json"):
            json.loads(text)
        elif fmt == "json-lines":
            for line in text.splitlines():
                json.loads(line)
        elif fmt == "junit":
            ElementTree.fromstring(text)
        elif fmt == "yaml":
            # wac-lint's own reader: it must read back what it writes (PyYAML
            # alone rejects some of what wmill writes, a tab in a plain scalar).
            # Except a first key that is a byte order mark, kept from an existing
            # metadata file (`"::\n\ufeff:"`): wmill writes it first and unquoted
            # (windmill-oracle script-yaml, fuzz seed 2525252), and every YAML reader
            # drops a BOM that starts a stream, wmill's and wac-lint's alike.
            if not text.startswith("\ufeff:"):
                yaml_read.load_mapping(text)
    except (ValueError, ElementTree.ParseError, yaml_read.MetadataError) as exc:
        return [f"{fmt} output does not parse: {str(exc).splitlines()[0][:200]}"]
    return []


def control_characters(text: str) -> list[str]:
    found = sorted({f"U+{ord(c):04X}" for c in CONTROL.findall(text)})
    return [f"raw control characters in the output: {', '.join(found)}"] if found else []
