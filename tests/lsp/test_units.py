"""The server's pure parts, without a client: positions, options, the command line."""

from __future__ import annotations

import subprocess

import pytest
from lsprotocol import types

from tests.lsp.conftest import SERVER, TIMEOUT
from wac_lint.lsp.analysis import Options, settings_section
from wac_lint.lsp.positions import UTF8, UTF16, UTF32, LineIndex, to_chars, to_units

LINE = 'x = "é東🎉"; y'  # 1-, 3- and 4-byte UTF-8; the emoji is 2 UTF-16 units


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [(UTF32, [0, 5, 6, 7, 8, 9]), (UTF16, [0, 5, 6, 7, 9, 10]), (UTF8, [0, 5, 7, 10, 14, 15])],
)
def test_columns_in_each_encoding(encoding: str, expected: list[int]) -> None:
    chars = [0, 5, 6, 7, 8, 9]  # before x, é, 東, 🎉, the closing quote, `;`
    assert [to_units(LINE, c, encoding) for c in chars] == expected
    assert [to_chars(LINE, u, encoding) for u in expected] == chars


def test_positions_inside_a_character_or_past_the_end_are_clamped() -> None:
    assert to_chars(LINE, 8, UTF16) == 7  # inside the emoji's surrogate pair: its start
    assert to_chars(LINE, 12, UTF8) == 7  # inside the emoji's four bytes
    assert to_chars(LINE, 999, UTF16) == len(LINE)
    lines = LineIndex("a\r\nbb\n", UTF16)
    assert lines.position(0, 99) == types.Position(line=0, character=1)  # not the \r
    assert lines.position(9, 0) == types.Position(line=2, character=0)  # past the end
    assert lines.char_position(types.Position(line=1, character=5)) == (1, 2)


def test_a_lone_surrogate_does_not_break_the_conversion() -> None:
    assert to_units("\ud800x", 2, UTF16) == 2


def test_options_from_editor_settings() -> None:
    options, problems = Options().updated({"select": ["wac1"], "ignore": ["WAC106"]})
    assert (options.select, options.ignore, problems) == (("WAC1",), ("WAC106",), [])
    options, problems = options.updated({"debounce": 20})
    assert options.debounce_ms == 20 and options.select == ("WAC1",)
    _, problems = Options().updated({"debounce": -1, "select": "WAC1", "x": 1})
    assert len(problems) == 3
    assert settings_section({"wac-lint": {"select": []}}) == {"select": []}
    assert settings_section({"ignore": ["WAC1"]}) == {"ignore": ["WAC1"]}
    assert settings_section({"python": {"x": 1}}) is None


def test_bad_tcp_address_is_a_usage_error() -> None:
    result = subprocess.run(
        [*SERVER, "--tcp", "nonsense"], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert result.returncode == 2
    assert "expected HOST:PORT" in result.stderr
