"""Scripts written inside a flow that are themselves WAC workflows.

A rawscript step's code may sit in the flow file itself (`content: |`, the form
the flow editor exports) instead of a file beside it (`content: !inline x.py`,
which `check` reads as a script of its own). When that code imports the WAC
SDK, it is analysed as the script it is, under the name of the file `wmill sync
pull` would give it in the flow's folder, and each finding is moved to the
lines of `flow.yaml` that hold the code: a literal block (`|`) keeps its lines,
so a finding lands on its own line and column; any other scalar (a JSON string,
a folded block) is reported on the scalar's first line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from wac_lint.flows.model import FlowModel, ModuleKind
from wac_lint.flows.targets import INLINE_LANGUAGES
from wac_lint.flows.yaml_tree import YNode, inline_file, last_row
from wac_lint.rule import Finding
from wac_lint.source import LANG_PYTHON, SourceFile

# What a WAC script imports (wac_lint.languages decides for real; this only skips
# the steps that cannot be one without parsing them).
SDK_WORDS = ("wmill", "windmill-client")
EXTENSIONS = {LANG_PYTHON: ".py"}


@dataclass(frozen=True)
class Embedded:
    source: SourceFile  # the code, named as a file of the flow's folder
    node: YNode  # the `content` scalar
    first_row: int | None  # 0-based flow line of the code's first line (literal blocks)
    indent: int  # characters before the code on each of those lines


def embedded_scripts(model: FlowModel) -> Iterator[Embedded]:
    for module in model.modules:
        value = module.value
        if module.kind is not ModuleKind.RAWSCRIPT or value is None or not value.is_map:
            continue
        content = value.get("content")
        lang_node = value.get("language")
        language = INLINE_LANGUAGES.get(lang_node.text if lang_node is not None else "")
        if content is None or not content.is_scalar or language is None:
            continue
        if inline_file(content) is not None:
            continue  # a file beside flow.yaml: checked on its own
        code = content.text
        if not any(word in code for word in SDK_WORDS):
            continue
        name = f"{module.id or 'step'}.inline_script{EXTENSIONS.get(language, '.ts')}"
        source = SourceFile(str(model.directory / name), code, language)
        first_row, indent = _layout(model, content)
        yield Embedded(source, content, first_row, indent)


def is_embedded(path: Path) -> bool:
    """A name `embedded_scripts` gives code written in a flow (`<id>.inline_script.py`
    in a flow's folder): no such file, but its folder locates its workspace imports."""
    if ".inline_script." not in path.name:
        return False
    folder = path.parent
    return (folder / "flow.yaml").is_file() or (folder / "flow.json").is_file()


def _layout(model: FlowModel, node: YNode) -> tuple[int | None, int]:
    """Where a literal block's lines start in the flow file."""
    if node.style != "|":
        return None, 0
    first = node.start[0] + 1
    for row in range(first, last_row(node) + 1):
        line = model.source.line_text(row)
        if line.strip():
            return first, len(line) - len(line.lstrip(" "))
    return None, 0


def moved_findings(
    model: FlowModel,
    analyze: Callable[[SourceFile], tuple[list[Finding], set[Path]]],
) -> tuple[list[Finding], set[Path]]:
    """The findings of the flow's WAC steps, on the flow's lines, and the files
    they depend on."""
    out: list[Finding] = []
    dependencies: set[Path] = set()
    for embedded in embedded_scripts(model):
        findings, consulted = analyze(embedded.source)
        dependencies |= consulted
        for finding in findings:
            out.append(_moved(model, embedded, finding))
    return out, dependencies


def _moved(model: FlowModel, embedded: Embedded, finding: Finding) -> Finding:
    name = model.source.path
    related = tuple(r for r in finding.related if r.filename != embedded.source.path)
    if embedded.first_row is None:
        span = model.key_span(embedded.node)
        line = model.source.line_text(span.start_row)
        return replace(
            finding,
            filename=name,
            row=span.start_row + 1,
            column=_char_column(line, span.start_col) + 1,
            end_row=span.start_row + 1,
            end_column=len(line) + 1,
            fix=None,
            related=related,
        )
    shift = embedded.first_row
    return replace(
        finding,
        filename=name,
        row=finding.row + shift,
        column=finding.column + embedded.indent,
        end_row=finding.end_row + shift,
        end_column=finding.end_column + embedded.indent,
        fix=None,  # a fix edits the code's own file, which does not exist
        related=related,
    )


def _char_column(line: str, byte_col: int) -> int:
    return len(line.encode("utf-8")[:byte_col].decode("utf-8", "replace"))
