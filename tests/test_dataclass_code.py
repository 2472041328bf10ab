"""wac-lint's dataclasses take their generated methods from the precompiled table
(`wac_lint.dataclass_code`), which must hold exactly what `dataclasses` writes."""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

import wac_lint._dataclass_methods as table
from wac_lint.dataclass_code import executor, key

TABLE_FILE = Path(table.__file__)


@pytest.mark.skipif(
    sys.version_info[:2] != table.PYTHON, reason="the table holds another Python's texts"
)
def test_the_table_is_current() -> None:
    fresh = subprocess.run(
        [sys.executable, "-m", "wac_lint.dataclass_table"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert fresh == TABLE_FILE.read_text(), (
        "regenerate: python -m wac_lint.dataclass_table > wac_lint/_dataclass_methods.py"
    )


def test_each_entry_is_the_code_of_its_text() -> None:
    """Every function of the table compiles from the text its key is the hash of."""
    texts = TABLE_FILE.read_text().split("\nCODE[")
    checked = 0
    for chunk in texts[1:]:
        # each chunk: `"<key>"] = __create_fn__.__code__\n<next text>`
        digest, _, rest = chunk.partition('"] = __create_fn__.__code__\n')
        digest = digest.strip('"')
        source = rest  # up to the next entry's key
        if source.startswith("def __create_fn__("):
            compiled: dict[str, object] = {}
            # as `dataclasses` compiles it: without this module's `__future__` imports
            exec(compile(source, "<string>", "exec", dont_inherit=True), {}, compiled)  # noqa: S102
            function = compiled["__create_fn__"]
            assert key(source) in table.CODE
            ours = table.CODE[key(source)]
            assert ours.co_code == function.__code__.co_code  # type: ignore[attr-defined]
            checked += 1
        assert digest in table.CODE
    assert checked > 100


USES_TABLE = (
    "import dataclasses, wac_lint.model as m;"
    "print(m.Span.__init__.__code__.co_filename, dataclasses.__dict__.get('exec') is not None)"
)


def test_wac_lint_classes_use_the_table_once_its_bytecode_is_cached(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path)  # a bytecode cache of this test's own
    runs = [
        subprocess.run(
            [sys.executable, "-c", USES_TABLE], env=env, capture_output=True, text=True, check=True
        ).stdout.split()
        for _ in range(2)
    ]
    assert runs[1] == [str(TABLE_FILE), "True"]  # the first run wrote the cache
    # without a cache and not allowed to write one, the table would be compiled whole at
    # every start: it is left alone
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "empty")
    alone = subprocess.run(
        [sys.executable, "-c", USES_TABLE], env=env, capture_output=True, text=True, check=True
    ).stdout.split()
    assert alone == ["<string>", "False"]


def test_a_class_built_from_the_table_behaves_as_one_compiled(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A class shaped as `Span` (so its methods' texts are in the table) defined
    twice: from the table, and compiled."""

    def define() -> type:
        @dataclasses.dataclass(frozen=True)
        class Region:
            start_byte: int
            end_byte: int
            start_row: int
            start_col: int
            end_row: int
            end_col: int

        return Region

    monkeypatch.setattr(dataclasses, "exec", executor(table.CODE), raising=False)
    from_table = define()
    monkeypatch.delattr(dataclasses, "exec")
    compiled = define()
    assert from_table.__init__.__code__.co_filename == str(TABLE_FILE)  # type: ignore[misc]
    assert compiled.__init__.__code__.co_filename == "<string>"  # type: ignore[misc]
    for cls in (from_table, compiled):
        a, b = cls(0, 4, 1, 0, 1, 4), cls(0, 4, 1, 0, 1, 4)
        assert a == b and hash(a) == hash(b) and a != cls(0, 5, 1, 0, 1, 5)
        assert repr(a).endswith(
            "Region(start_byte=0, end_byte=4, start_row=1, start_col=0, end_row=1, end_col=4)"
        )
        assert a.__class__.__init__.__qualname__.endswith("Region.__init__")
        with pytest.raises(dataclasses.FrozenInstanceError):
            a.end_byte = 3
        with pytest.raises(TypeError):
            cls(0, 4)
