"""The library API: analyze one source text, or one file, into findings.

The CLI, the LSP server and the tests all call these functions; nothing else
runs rules.
"""

from __future__ import annotations

import errno
import os
import stat
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import tree_sitter

from wac_lint.bounded import reason
from wac_lint.config import Settings, check_rule_options, settings_for_file
from wac_lint.languages import LanguageKind
from wac_lint.model import BodyCall, ScriptModel
from wac_lint.registry import matches, rules_for_language
from wac_lint.rule import Finding, Rule, RuleContext, RuleError
from wac_lint.source import SourceFile, language_for_path
from wac_lint.suppression import collect

if TYPE_CHECKING:
    from wac_lint.flows.model import FlowModel

MAX_FILE_BYTES = 5 * 1024 * 1024  # larger files are generated code, not workflows


class InputError(Exception):
    """A file that cannot be analysed; the message is one line naming the problem."""


class Superseded(Exception):
    """The caller no longer wants this analysis (its `stop` said so): a language
    server's document changed while the analysis was waiting or running."""


@dataclass
class Result:
    """One file's analysis: its findings, the rules that failed, and what it depended on."""

    filename: str
    findings: list[Finding] = field(default_factory=list)
    errors: list[RuleError] = field(default_factory=list)
    model: ScriptModel | None = None
    notice: str | None = None  # a harmless reason nothing was found (e.g. an empty file)
    # Other workspace files the findings depend on (helpers the workflow calls).
    dependencies: set[Path] = field(default_factory=set)


def enabled_rules(
    settings: Settings,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    filename: str | None = None,
    language: LanguageKind | None = None,
) -> list[type[Rule]]:
    """The rules the configuration and options select; only those that read files of
    `language` when it is given."""
    check_rule_options(settings)  # raises ConfigError: a key no rule declares
    chosen = list(select) if select else list(settings.select)
    dropped = [*settings.ignore, *(ignore or ())]
    if filename is not None:
        dropped.extend(settings.ignored_for(filename))
    return [
        rule
        for rule in rules_for_language(language)
        if matches(rule.code, chosen) and not matches(rule.code, dropped)
    ]


def analyze_source(
    source: SourceFile,
    settings: Settings | None = None,
    *,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    rules: Iterable[type[Rule]] | None = None,
    keep_model: bool = False,
    tree: tree_sitter.Tree | None = None,
    stop: Callable[[], bool] | None = None,
) -> Result:
    """Run the enabled rules over one in-memory file.

    `tree`, when given, is the file's parse already made (the language server
    re-parses incrementally after each edit); otherwise the file is parsed here.
    `stop`, when given, is asked before the model is built and before each rule;
    when it answers True the analysis ends with `Superseded`.
    """
    settings = settings or Settings()
    if rules is None:
        rules = enabled_rules(settings, select, ignore, source.path, source.language)
    rules = list(rules)  # read again for the WAC scripts written inside a flow
    if stop is not None and stop():
        raise Superseded(source.path)
    try:
        model = build_any_model(source, tree)
    except RecursionError as exc:
        raise InputError(f"{source.path}: {reason(exc)}") from None
    except Exception as exc:  # a front-end bug must not take the other files down
        error = RuleError(
            "frontend",
            source.path,
            f"{type(exc).__name__}: {exc}",
            traceback.format_exc().splitlines(),
        )
        return Result(source.path, errors=[error])
    kept = model if keep_model and isinstance(model, ScriptModel) else None
    result = Result(source.path, model=kept)
    if isinstance(model, ScriptModel) and model.in_scope and model.workflow is not None:
        result.dependencies = _follow_workspace(model, source, settings)
    findings: list[Finding] = []
    for rule_cls in rules:
        if stop is not None and stop():
            raise Superseded(source.path)
        if source.language not in rule_cls.languages:
            continue
        if rule_cls.wac_only and not model.in_scope:
            continue
        rule = rule_cls()
        ctx = RuleContext(rule, model, settings)
        try:
            outcome = rule.check(ctx)
            if outcome is not None:
                for _ in outcome:  # rules may be generators
                    pass
        except Exception as exc:  # a broken rule must not hide the others' findings
            result.errors.append(
                RuleError(
                    rule_cls.code,
                    source.path,
                    f"{type(exc).__name__}: {exc}",
                    traceback.format_exc().splitlines(),
                )
            )
            continue
        findings.extend(ctx.findings)
        view = ctx.__dict__.get("workspace")  # only when the rule looked at the workspace
        if view is not None:
            result.dependencies.update(view.consulted)
    if isinstance(model, ScriptModel):
        result.dependencies.update(model.workspace_files)  # read by the front-end
    if findings:  # only a file with findings needs its comments read
        suppressions = collect(model)
        findings = [f for f in findings if not suppressions.suppresses(f)]
    if not isinstance(model, ScriptModel):
        findings += _embedded_findings(model, settings, rules, stop, result)
    result.findings = sorted(findings, key=Finding.sort_key)
    return result


def script_model(
    source: SourceFile, settings: Settings, tree: tree_sitter.Tree | None = None
) -> ScriptModel | None:
    """The model `analyze_source(keep_model=True)` keeps, built without running the
    rules (a language server that reused the findings builds it when asked)."""
    model = build_any_model(source, tree)
    if not isinstance(model, ScriptModel):
        return None
    if model.in_scope and model.workflow is not None:
        _follow_workspace(model, source, settings)
    return model


def _embedded_findings(
    model: FlowModel,
    settings: Settings,
    rules: Iterable[type[Rule]],
    stop: Callable[[], bool] | None,
    result: Result,
) -> list[Finding]:
    """The findings of a flow's steps whose code, written in the flow, is a WAC script."""
    from wac_lint.flows.embedded import moved_findings

    chosen = list(rules)

    def analyze(source: SourceFile) -> tuple[list[Finding], set[Path]]:
        inner = analyze_source(source, settings, rules=chosen, stop=stop)
        result.errors.extend(inner.errors)
        return inner.findings, inner.dependencies

    findings, dependencies = moved_findings(model, analyze)
    result.dependencies |= dependencies
    return findings


def build_any_model(
    source: SourceFile, tree: tree_sitter.Tree | None = None
) -> ScriptModel | FlowModel:
    """The model of a script, or of a flow: each language has its own front-end
    (a flow is YAML, read with positions; it has no tree-sitter tree)."""
    return source.lang.build_model(source, tree)


def _follow_workspace(model: ScriptModel, source: SourceFile, settings: Settings) -> set[Path]:
    """Add what the body reaches through helpers imported from the workspace."""
    from wac_lint.workspace.crossfile import follow_imports
    from wac_lint.workspace.session import Following

    file = Path(source.path)
    if not file.is_file():
        from wac_lint.flows.embedded import is_embedded

        if not is_embedded(file):
            return set()  # an unsaved document or standard input with no file behind it
    try:
        superseded: list[BodyCall] = []
        reached, files = follow_imports(
            model, file, Following(settings.allow_calls, settings.pure_modules), None, superseded
        )
    except RecursionError:
        return set()
    if superseded:
        # `db.query(...)` on an object another script exports: what its method does is
        # reported, not a guess from the method's name
        gone = {id(c) for c in superseded}
        model.body_calls = [c for c in model.body_calls if id(c) not in gone]
    model.body_calls.extend(reached)
    return files


def read_file_bytes(path: str | Path, name: str | None = None) -> bytes:
    """A regular file's bytes, read with the size limit enforced while reading.

    FIFOs, devices and directories are refused before anything is read (a FIFO
    opened without O_NONBLOCK blocks until a writer comes; `/dev/zero` never
    ends); a symlink loop or an unreadable file is a one-line InputError.
    """
    name = name or str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError as exc:
        raise InputError(f"{name}: no such file or directory") from exc
    except PermissionError as exc:
        raise InputError(f"{name}: permission denied") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{name}: is a directory") from exc
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{name}: symbolic link loop") from exc
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError(f"{name}: is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise InputError(f"{name}: not a regular file")
        if info.st_size > MAX_FILE_BYTES:
            raise InputError(too_large(name, info.st_size))
        chunks: list[bytes] = []
        total = 0
        while total <= MAX_FILE_BYTES:  # the file may grow after fstat
            chunk = os.read(fd, min(1 << 20, MAX_FILE_BYTES + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    finally:
        os.close(fd)
    if total > MAX_FILE_BYTES:
        raise InputError(too_large(name, total, at_least=True))
    return b"".join(chunks)


def too_large(name: str, size: int, at_least: bool = False) -> str:
    more = "more than " if at_least else ""
    return f"{name}: file too large ({more}{size} bytes; limit {MAX_FILE_BYTES})"


def read_source(path: str | Path, display_name: str | None = None) -> SourceFile:
    """Read a script; raise InputError with a one-line reason when it is unusable."""
    name = display_name or str(path)
    language = language_for_path(name)
    if language is None:
        raise InputError(f"{name}: not a Python or TypeScript file")
    return source_from_bytes(read_file_bytes(path, name), name, language)


def source_from_bytes(
    data: bytes, name: str, language: LanguageKind | str | None = None
) -> SourceFile:
    """The one gate every script passes (files, standard input, editors, fixes, tests)."""
    kind = LanguageKind(language) if language else language_for_path(name)
    if kind is None:
        raise InputError(f"{name}: not a Python or TypeScript file")
    if len(data) > MAX_FILE_BYTES:
        raise InputError(too_large(name, len(data)))
    if b"\x00" in data:
        raise InputError(f"{name}: binary file (contains NUL bytes)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not valid UTF-8 (byte {exc.start})") from exc
    if text.startswith("\ufeff"):
        text = text[1:]
    return SourceFile(name, text, kind)


def source_from_text(
    text: str, name: str, language: LanguageKind | str | None = None
) -> SourceFile:
    """`source_from_bytes` for text an editor holds: the same checks, the same messages."""
    if len(text) > MAX_FILE_BYTES:  # before encoding: a 100 MB buffer costs nothing here
        raise InputError(too_large(name, len(text), at_least=True))
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError as exc:  # a lone surrogate: JSON can carry one, UTF-8 cannot
        raise InputError(f"{name}: not valid Unicode (a lone surrogate at {exc.start})") from exc
    return source_from_bytes(data, name, language)


def analyze_bytes(
    data: bytes,
    name: str,
    settings: Settings | None = None,
    *,
    language: LanguageKind | str | None = None,
    select: Iterable[str] | None = None,
    ignore: Iterable[str] | None = None,
    rules: Iterable[type[Rule]] | None = None,
    keep_model: bool = False,
) -> Result:
    """The entry point: a script's bytes in, findings out (raises InputError).

    `settings` default to the configuration found from `name`.
    """
    source = source_from_bytes(data, name, language)
    effective = settings or settings_for_file(name)
    return analyze_source(
        source, effective, select=select, ignore=ignore, rules=rules, keep_model=keep_model
    )
