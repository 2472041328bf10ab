"""The TypeScript signature reader re-parses a file with its comments blanked only
where that can repair it: tree-sitter-typescript rejects a comment right after an
untyped optional parameter (`x? // note`), which swc accepts. A file broken away
from its comments would only repeat the parser's error recovery (a fuzzed 280 KB
file: 1.7 s of CPU twice)."""

from __future__ import annotations

import pytest

from wac_lint.parsing import parse
from wac_lint.schema import sig_typescript
from wac_lint.source import LANG_TYPESCRIPT, SourceFile


def signature_and_parses(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[sig_typescript.Signature, int]:
    source = SourceFile("f/x/a.ts", code, LANG_TYPESCRIPT)
    tree = parse(source)
    calls = []

    def counting(src: SourceFile) -> object:
        calls.append(src)
        return parse(src)

    monkeypatch.setattr(sig_typescript, "parse", counting)
    return sig_typescript.extract(source, tree), len(calls)


def test_a_comment_after_an_optional_parameter_is_repaired(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = "export async function main(a: string, x? // note\n) {\n  return a;\n}\n"
    signature, parses = signature_and_parses(code, monkeypatch)
    assert parses == 1
    assert not signature.invalid
    assert [arg.name for arg in signature.args] == ["a", "x"]


def test_a_file_broken_away_from_its_comments_is_not_parsed_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    code = (
        "// the entry point\nexport async function main(a: string) {\n"
        "  const rows = [[[ a;\n  return rows;\n}\n"
    )
    signature, parses = signature_and_parses(code, monkeypatch)
    assert parses == 0
    assert signature.invalid
