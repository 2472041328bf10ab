"""One document's analysis, as the server runs it on a worker thread.

Everything here is a pure function of its inputs (a snapshot of the document's
text and version, the options, the position encoding), so it can run off the
event loop while the user keeps typing; the server decides on the loop whether
the result is still current.
"""

from __future__ import annotations

import os
import threading
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pygls.uris import to_fs_path

from wac_lint.bounded import reason
from wac_lint.config import (
    ConfigError,
    Settings,
    check_rule_options,
    settings_for_directory,
    settings_for_file,
)
from wac_lint.engine import (
    InputError,
    Superseded,
    analyze_source,
    enabled_rules,
    script_model,
    source_from_text,
)
from wac_lint.languages import LanguageKind, language_for_editor, language_for_path
from wac_lint.lsp.positions import UTF16, LineIndex
from wac_lint.model import ScriptModel
from wac_lint.registry import matches
from wac_lint.rule import Finding, Rule, RuleError
from wac_lint.source import LANG_FLOW, SourceFile

if TYPE_CHECKING:
    import tree_sitter

    # Not at run time: `lsp/early.py` analyses the first document before
    # lsprotocol (0.6 s to import) is loaded.
    from lsprotocol import types

    from wac_lint.lsp.incremental import Reparse

DEFAULT_DEBOUNCE_MS = 150
SUPERSEDED = "superseded by a newer version or configuration"


@dataclass(frozen=True)
class Options:
    """The server's settings: `initializationOptions` and `workspace/didChangeConfiguration`.

    `select` replaces the configuration file's `select` and `ignore` adds to its
    `ignore`, as `--select` / `--ignore` do on the command line.
    """

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    debounce_ms: int = DEFAULT_DEBOUNCE_MS
    fix_all: bool = True  # offer `source.fixAll` (what "fix on save" runs)

    def updated(self, data: object) -> tuple[Options, list[str]]:
        """These options with the keys of `data` applied, and a problem per bad key."""
        if not isinstance(data, Mapping):
            return self, [] if data is None else ["settings must be an object"]
        problems: list[str] = []
        select, ignore, debounce, fix_all = self.select, self.ignore, self.debounce_ms, self.fix_all
        for key, value in data.items():
            if key in ("select", "ignore"):
                if value is None and key == "select":
                    select = None
                elif isinstance(value, list) and all(isinstance(v, str) for v in value):
                    codes = tuple(v.strip().upper() for v in value if v.strip())
                    if key == "select":
                        select = codes or None
                    else:
                        ignore = codes
                else:
                    problems.append(f"'{key}' must be a list of rule codes")
            elif key in ("debounce", "debounceMs"):
                if isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 10_000:
                    debounce = value
                else:
                    problems.append(f"'{key}' must be a number of milliseconds (0-10000)")
            elif key == "fixAll":
                if isinstance(value, bool):
                    fix_all = value
                else:
                    problems.append("'fixAll' must be true or false")
            else:
                problems.append(
                    f"unknown setting '{key}' (known: select, ignore, debounce, fixAll)"
                )
        return Options(select, ignore, debounce, fix_all), problems


@dataclass(frozen=True)
class Snapshot:
    """A document as it was when an analysis started."""

    uri: str
    version: int
    text: str
    language_id: str | None
    epoch: int = 0  # of the document's edit log, when the snapshot was taken
    reparse: Reparse | None = None  # the previous tree and the edits since, if known
    # The newest finished analysis of the document under the same configuration:
    # reused when the text differs from its own only inside a comment (`reuse.py`).
    previous: Analysis | None = None


@dataclass
class Analysis:
    uri: str
    version: int
    generation: int  # of the configuration the analysis used
    diagnostics: list[types.Diagnostic] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    errors: list[RuleError] = field(default_factory=list)
    lines: LineIndex | None = None
    source: SourceFile | None = None
    skipped: str | None = None  # why the document was not analysed
    settings: Settings | None = None
    rules: list[type[Rule]] = field(default_factory=list)
    epoch: int = 0
    problems: list[str] = field(default_factory=list)  # configuration or internal errors
    # Other files the findings were drawn from (resolved paths): a change to one of
    # them re-checks this document.
    dependencies: frozenset[str] = frozenset()
    tree: tree_sitter.Tree | None = None  # the parse of `source` (the next edit's base)
    reused: bool = False  # the findings are the previous version's (`reuse.py`)
    _model: ScriptModel | None = field(default=None, repr=False)
    # Builds `_model` when first asked for: a reused analysis ran no rules, and
    # only a code action or a hover needs its model.
    _build: Callable[[], ScriptModel | None] | None = field(default=None, repr=False)
    # Code actions read the model on worker threads and on the event loop.
    _building: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def model(self) -> ScriptModel | None:
        if self._build is not None:
            with self._building:
                if self._build is not None:
                    self._model = self._build()
                    self._build = None
        return self._model

    @model.setter
    def model(self, model: ScriptModel | None) -> None:
        self._build = None
        self._model = model


def document_path(uri: str) -> str | None:
    """The file system path of a `file:` URI, else None (untitled, remote...)."""
    if not uri.startswith("file:"):
        return None
    return to_fs_path(uri)


def document_language(uri: str, language_id: str | None) -> LanguageKind | None:
    """The document's language: by its name, else by the editor's languageId
    (untitled buffers); a TypeScript declaration file is never a script."""
    path = document_path(uri) or uri
    if path.endswith(".d.ts"):
        return None
    language = language_for_path(path) or language_for_editor(language_id)
    return None if language is None else language.kind


def settings_for(path: str | None, root: str | None) -> tuple[Settings, str | None]:
    """The configuration the CLI would use for this document, and a problem if any."""
    try:
        if path is not None:
            settings = settings_for_file(path)
        elif root is not None:
            settings = settings_for_directory(Path(root).resolve())
        else:
            return Settings(), None
        check_rule_options(settings)  # the rules are loaded in a server anyway
        return settings, None
    except ConfigError as exc:
        return Settings(), f"{exc}; using the default configuration"


def rules_for(
    settings: Settings, options: Options, filename: str, extra_rules: Iterable[type[Rule]]
) -> list[type[Rule]]:
    rules = enabled_rules(settings, options.select, options.ignore, filename)
    # Rules that are not in the registry (injected by a test, or a plugin host)
    # follow the same selection as the built-in ones.
    chosen = list(options.select) if options.select else list(settings.select)
    dropped = [*settings.ignore, *options.ignore, *settings.ignored_for(filename)]
    rules.extend(r for r in extra_rules if matches(r.code, chosen) and not matches(r.code, dropped))
    return rules


def analyze(
    snapshot: Snapshot,
    generation: int,
    options: Options,
    *,
    encoding: str = UTF16,
    root: str | None = None,
    extra_rules: Iterable[type[Rule]] = (),
    diagnose: bool = True,
    stop: Callable[[], bool] | None = None,
) -> Analysis:
    """Analyse one snapshot; never raises (a failure becomes a `problem` to log).

    `diagnose=False` leaves `diagnostics` empty (and lsprotocol unloaded): the
    caller converts the findings itself. When `stop` answers True (asked before
    the model and each rule), the analysis ends early, `skipped` is SUPERSEDED."""
    result = Analysis(snapshot.uri, snapshot.version, generation, epoch=snapshot.epoch)
    language = document_language(snapshot.uri, snapshot.language_id)
    if language is None:
        result.skipped = "not a Python or TypeScript document"
        return result
    text = snapshot.text
    path = document_path(snapshot.uri)
    filename = path or snapshot.uri
    try:
        # The library's one input gate: the same limits and messages as `check`.
        source = source_from_text(text, filename, language)
    except InputError as exc:
        result.skipped = str(exc).removeprefix(f"{filename}: ")
        return result
    if text.startswith("\ufeff"):
        # The gate drops a byte order mark; the editor's positions count it.
        source = SourceFile(filename, text, language)
    settings, problem = settings_for(path, root)
    if problem:
        result.problems.append(problem)
    if path is not None and settings.is_excluded(path):
        result.skipped = "excluded by the configuration"
        return result
    try:
        rules = rules_for(settings, options, filename, extra_rules)
        # A flow is YAML read with positions: no tree-sitter tree to re-parse.
        reparse = snapshot.reparse if language != LANG_FLOW else None
        tree = reparse.parse(source.data, language) if reparse else None
        previous = snapshot.previous
        if previous is not None and tree is not None:
            lines = LineIndex(text, encoding)
            reused = reuse(previous, source, tree, settings, rules, result, lines, diagnose)
            if reused is not None:
                return reused
        outcome = analyze_source(
            source, settings, rules=rules, keep_model=True, tree=tree, stop=stop
        )
        lines = LineIndex(text, encoding)
        diagnostics = []
        if diagnose:
            from wac_lint.lsp.diagnostics import to_diagnostics

            diagnostics = to_diagnostics(outcome.findings, lines)
    except Superseded:
        result.skipped = SUPERSEDED
        return result
    except (InputError, RecursionError) as exc:  # nested deeper than the analysis follows
        why = str(exc) if isinstance(exc, InputError) else reason(exc)
        result.skipped = why.removeprefix(f"{source.path}: ")
        return result
    except Exception as exc:  # a parser or front-end bug must not take the server down
        detail = "".join(traceback.format_exception(exc)).rstrip()
        result.problems.append(f"analysis of {snapshot.uri} failed: {exc!r}\n{detail}")
        return result
    result.source = source
    result.settings = settings
    result.rules = rules
    result.model = outcome.model
    result.tree = outcome.model.tree if outcome.model is not None else None
    result.findings = outcome.findings
    result.errors = outcome.errors
    result.lines = lines
    result.diagnostics = diagnostics
    result.dependencies = frozenset(os.path.realpath(p) for p in outcome.dependencies)
    return result


def reuse(
    previous: Analysis,
    source: SourceFile,
    tree: tree_sitter.Tree,
    settings: Settings,
    rules: list[type[Rule]],
    result: Analysis,
    lines: LineIndex,
    diagnose: bool,
) -> Analysis | None:
    """`result` completed with the previous analysis's findings, when the edit since
    changed only a comment or spaces that none of them reads (`reuse.py`); else None."""
    from wac_lint.lsp.reuse import still_true, trivia_edit

    before = previous.source
    if (
        before is None
        or previous.tree is None
        or previous.problems
        or previous.errors
        or previous.skipped
        or before.language != source.language
        or before.path != source.path
        or previous.settings != settings
        or previous.rules != rules
    ):
        return None
    edit = trivia_edit(before, previous.tree, source, tree)
    if edit is None or not still_true(previous.findings, edit):
        return None
    result.source = source
    result.settings = settings
    result.rules = rules
    result.findings = previous.findings
    result.lines = lines
    if diagnose:
        from wac_lint.lsp.diagnostics import to_diagnostics

        result.diagnostics = to_diagnostics(result.findings, lines)
    result.dependencies = previous.dependencies
    result.tree = tree
    result.reused = True
    result._build = partial(script_model, source, settings, tree)
    return result


def describe_rule_error(error: RuleError) -> str:
    details = "\n".join(error.details)
    return f"rule {error.code} failed on {error.filename}: {error.error} (skipped)\n{details}"


OPTION_KEYS = ("select", "ignore", "debounce", "debounceMs", "fixAll")


def settings_section(data: Any) -> Any:
    """Our part of a `didChangeConfiguration` payload, or None.

    Clients send `{"wac-lint": {...}}` (a section per server) or, configured
    per server, the options themselves; anything else is not for us.
    """
    if not isinstance(data, Mapping):
        return None
    for key in ("wac-lint", "wac_lint", "wacLint"):
        if key in data:
            return data[key]
    if data and all(key in OPTION_KEYS for key in data):
        return data
    return None
