"""One `Language` object per kind of file wac-lint reads.

Everything that differs between Python, TypeScript and flows lives in these
objects: the file names each claims, the grammar (loaded only when a file of
the language comes), the comment and suppression syntax, the SDK modules, the
front-end that builds the model, and the checks a fixed text must pass. Shared
code asks the object (`source.lang`, `model.lang`, `language_of(kind)`) and
never compares language names.
"""

from __future__ import annotations

from pathlib import Path

from wac_lint.languages.base import Language, LanguageKind, TreeSitterLanguage
from wac_lint.languages.flow import FLOW
from wac_lint.languages.python import PYTHON
from wac_lint.languages.typescript import TYPESCRIPT

# In the order files are claimed: a flow's `flow.json` before any extension test.
LANGUAGES: tuple[Language, ...] = (FLOW, PYTHON, TYPESCRIPT)
_BY_KIND = {language.kind: language for language in LANGUAGES}
SCRIPT_LANGUAGES: tuple[TreeSitterLanguage, ...] = (PYTHON, TYPESCRIPT)


def language_of(kind: LanguageKind | str) -> Language:
    """The language object of a kind (a plain string names it by value)."""
    # a kind is a str enum, so its value finds it too; the enum's constructor (which
    # rejects an unknown string) only for a miss: rules ask per node, ~1 us a call
    found = _BY_KIND.get(kind)  # type: ignore[arg-type]
    return found if found is not None else _BY_KIND[LanguageKind(kind)]


def script_language(kind: LanguageKind | str) -> TreeSitterLanguage:
    """The tree-sitter language of a script kind; ValueError for a flow."""
    language = language_of(kind)
    if not isinstance(language, TreeSitterLanguage):
        raise ValueError(f"{kind} files have no tree-sitter grammar")
    return language


def language_for_path(path: str | Path) -> Language | None:
    """The language that claims this file name, or None (not a file we read)."""
    name = str(path)
    for language in LANGUAGES:
        if language.claims(name):
            return language
    return None


def language_for_editor(language_id: str | None) -> Language | None:
    """The language of an editor's `languageId` (untitled buffers have no name)."""
    for language in LANGUAGES:
        if language_id in language.editor_ids:
            return language
    return None


__all__ = [
    "FLOW",
    "LANGUAGES",
    "PYTHON",
    "SCRIPT_LANGUAGES",
    "TYPESCRIPT",
    "Language",
    "LanguageKind",
    "TreeSitterLanguage",
    "language_for_editor",
    "language_for_path",
    "language_of",
    "script_language",
]
