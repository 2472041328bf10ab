"""What a rule is: metadata, docs, examples, and a `check` over the model.

A rule is one class in one module of `wac_lint.rules`. It reads the
`ScriptModel` and reports findings through its `RuleContext`. Its VALID and
INVALID examples are run by the test suite; in an INVALID example the text
between `«` and `»` is where the finding must be reported.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from wac_lint.kinds import Kind
from wac_lint.languages import LanguageKind
from wac_lint.model import ScriptModel, Span
from wac_lint.python_class import python_class
from wac_lint.setting import Setting, SettingValue
from wac_lint.source import LANG_FLOW, LANG_PYTHON, LANG_TYPESCRIPT, SourceFile

if TYPE_CHECKING:
    from wac_lint.config import Settings
    from wac_lint.flows.model import FlowModel
    from wac_lint.workspace.view import WorkspaceView

ERROR = "error"
WARNING = "warning"
INFO = "info"
SEVERITIES = (ERROR, WARNING, INFO)

MARK_START = "«"
MARK_END = "»"


def code_span(text: str, limit: int = 60) -> str:
    """Source text quoted for a message: `x`, or 'x' when it holds a backtick."""
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return f"'{text}'" if "`" in text else f"`{text}`"


# An acronym's first letter read as a name that starts with a vowel sound: an `HTTPError`
_VOWEL_SOUND_LETTERS = frozenset("AEFHILMNORSX")


def indefinite(name: str) -> str:
    """ "a" or "an" before `name` shown as code (an `Invoice`, a `UUID`, an `HTTPError`),
    by its sound as read aloud: a vowel letter, except a "you" U (`User`, `Uint8Array`);
    an acronym by the name of its first letter."""
    word = name.lstrip("`'\"_")
    first = word[:1]
    if len(word) > 1 and word[1].isupper() and first.isupper():
        return "an" if first in _VOWEL_SOUND_LETTERS else "a"
    if first in "aeioAEIO":
        return "an"
    if first in "uU":
        # `Unknown`, `Update`, `Upper`: "uh"; `User`, `Unit`, `Uint8Array`: "you"
        return "an" if word[1:2] in ("n", "p", "m", "g") and word[2:3] != "i" else "a"
    return "a"


def with_article(word: str) -> str:
    """`word` after its article: "an integer", "a string", "an `Invoice`"."""
    return f"{indefinite(word)} {word}"


@dataclass(frozen=True)
class Example:
    """A code sample of a rule's docs, checked by the test suite."""

    language: LanguageKind
    code: str
    # The repository around the example (path -> text), for rules that look at other
    # files: the suite writes them with a `wmill.yaml`, and the example itself as
    # `f/example/script.<ext>`.
    files: tuple[tuple[str, str], ...] = ()

    @property
    def clean_code(self) -> str:
        return self.code.replace(MARK_START, "").replace(MARK_END, "")


def py(code: str, files: dict[str, str] | None = None) -> Example:
    return Example(LANG_PYTHON, code, tuple((files or {}).items()))


def ts(code: str, files: dict[str, str] | None = None) -> Example:
    return Example(LANG_TYPESCRIPT, code, tuple((files or {}).items()))


def flow(code: str, files: dict[str, str] | None = None) -> Example:
    """A `flow.yaml` (OpenFlow YAML), for the rules that read flows."""
    return Example(LANG_FLOW, code, tuple((files or {}).items()))


@python_class  # pickled by check's workers
@dataclass(frozen=True)
class Edit:
    """Replace the text between two 1-based (row, column) positions, columns in characters."""

    row: int
    column: int
    end_row: int
    end_column: int
    content: str


@python_class  # pickled by check's workers
@dataclass(frozen=True)
class Fix:
    """Edits that repair a finding, safe to apply or only a suggestion."""

    message: str
    edits: tuple[Edit, ...]
    applicability: str = "safe"  # safe (a fix) | unsafe (a suggestion to review)


@python_class  # pickled by check's workers
@dataclass(frozen=True)
class Related:
    """Another place that explains a finding (SARIF relatedLocations, LSP relatedInformation)."""

    filename: str
    row: int  # 1-based
    column: int  # 1-based, in characters
    end_row: int
    end_column: int
    message: str


@dataclass
class Finding:
    """One problem a rule reports, with its place in the file and its fix, if any."""

    code: str
    name: str
    message: str
    severity: str
    filename: str
    row: int  # 1-based
    column: int  # 1-based, in characters
    end_row: int
    end_column: int
    fix: Fix | None = None
    related: tuple[Related, ...] = ()

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.filename, self.row, self.column, self.code)


@python_class  # `cached_property` needs the instance dict (the engine reads it)
class RuleContext:
    """What a rule sees besides the model: settings, and a way to report."""

    def __init__(self, rule: Rule, model: ScriptModel | FlowModel, settings: Settings) -> None:
        self.rule = rule
        self._model = model
        self.settings = settings
        self.findings: list[Finding] = []

    @cached_property
    def workspace(self) -> WorkspaceView | None:
        """The repository this file belongs to (None when it is not on disk)."""
        from wac_lint.workspace.view import view_for

        return view_for(self._model.source.path)

    @property
    def model(self) -> ScriptModel:
        """The script's model (rules for Python / TypeScript)."""
        if not isinstance(self._model, ScriptModel):
            raise TypeError(f"{self.rule.code} reads scripts, but was given a flow")
        return self._model

    @property
    def flow(self) -> FlowModel:
        """The flow's model (rules whose `languages` are `(LANG_FLOW,)`)."""
        from wac_lint.flows.model import FlowModel

        if not isinstance(self._model, FlowModel):
            raise TypeError(f"{self.rule.code} reads flows, but was given a script")
        return self._model

    @property
    def source(self) -> SourceFile:
        return self._model.source

    def setting(self, setting: Setting) -> SettingValue:
        """The configured value of a setting the rule declares (`Rule.settings`)."""
        if setting not in self.rule.settings:
            raise KeyError(f"{self.rule.code} reads '{setting.key}' but does not declare it")
        return self.settings.option(setting)

    def strings(self, setting: Setting) -> tuple[str, ...]:
        value = self.setting(setting)
        return value if isinstance(value, tuple) else ()

    def flag(self, setting: Setting) -> bool:
        return self.setting(setting) is True

    def edit(self, span: Span, content: str) -> Edit:
        """An edit replacing `span` (use an empty span to insert)."""
        src = self.source
        return Edit(
            row=span.start_row + 1,
            column=src.char_column(span.start_row, span.start_col) + 1,
            end_row=span.end_row + 1,
            end_column=src.char_column(span.end_row, span.end_col) + 1,
            content=content,
        )

    def edit_node(self, node: object, content: str) -> Edit:
        return self.edit(Span.of(node), content)  # type: ignore[arg-type]

    def report(
        self,
        span: Span,
        message: str | None = None,
        *,
        severity: str | None = None,
        fix: Fix | None = None,
        related: tuple[Related, ...] = (),
        silenced: frozenset[str] = frozenset(),
    ) -> None:
        """Report a finding; `silenced` holds codes suppressed where it leads (a helper)."""
        if self.rule.code in silenced:
            return
        src = self.source
        self.findings.append(
            Finding(
                code=self.rule.code,
                name=self.rule.name,
                message=message or self.rule.message,
                severity=severity or self.rule.severity,
                filename=src.path,
                row=span.start_row + 1,
                column=src.char_column(span.start_row, span.start_col) + 1,
                end_row=span.end_row + 1,
                end_column=src.char_column(span.end_row, span.end_col) + 1,
                fix=fix,
                related=related,
            )
        )


class FileAction(Kind):
    """An editor action on another file that resolves a rule's finding (the
    language server performs it; the rule says which one applies)."""

    REGENERATE_METADATA = "regenerate-metadata"  # write `.script.yaml` as `wac-lint schema` does


class Rule:
    code: ClassVar[str]
    name: ClassVar[str]  # kebab-case, names the bad pattern
    severity: ClassVar[str] = ERROR
    message: ClassVar[str]  # the default message; says what to do instead
    summary: ClassVar[str]  # one line for the catalogue
    docs: ClassVar[str]  # Markdown: What it does / Why is this bad / Example / Use instead
    languages: ClassVar[tuple[LanguageKind, ...]] = (LANG_PYTHON, LANG_TYPESCRIPT)
    # Most rules only make sense in files that import a WAC name from the SDK.
    wac_only: ClassVar[bool] = True
    fix_kind: ClassVar[str | None] = None  # "fix" | "suggestion" | None (as ESLint's meta)
    VALID: ClassVar[list[Example]] = []
    INVALID: ClassVar[list[Example]] = []
    # Configuration keys the rule reads (`ctx.setting(...)`); validated and documented
    # from here. Rules sharing a key declare the same `Setting` object.
    settings: ClassVar[tuple[Setting, ...]] = ()
    file_actions: ClassVar[tuple[FileAction, ...]] = ()

    def check(self, ctx: RuleContext) -> Iterable[None] | None:
        raise NotImplementedError

    @classmethod
    def extra_inputs(cls, script: str) -> tuple[str, ...]:
        """Files besides the script whose content changes the rule's findings on it
        (the result cache hashes them with the script)."""
        return ()

    @classmethod
    def metadata(cls) -> dict[str, object]:
        return {
            "code": cls.code,
            "name": cls.name,
            "severity": cls.severity,
            "summary": cls.summary,
            "message": cls.message,
            "languages": list(cls.languages),
            "fix": cls.fix_kind,
            "settings": [
                {"key": s.key, "kind": s.kind.value, "help": s.help} for s in cls.settings
            ],
            "docs": cls.docs.strip(),
        }


@dataclass
class RuleError:
    """A rule that raised: reported, never fatal."""

    code: str
    filename: str
    error: str
    details: list[str] = field(default_factory=list)
