"""The JSON copies the rules read are their TOML sources, exactly."""

from __future__ import annotations

import pytest

from wac_lint.rules import _data


@pytest.mark.parametrize("source", _data.SOURCES)
def test_copy_equals_its_toml(source: str) -> None:
    copy = _data.copy_of(source).read_text(encoding="utf-8")
    assert copy == _data.render(_data.from_toml(source)), (
        f"{_data.copy_of(source).name} is stale: run `python -m wac_lint.rules._data`"
    )


def test_every_toml_of_the_rules_has_a_copy() -> None:
    assert sorted(p.name for p in _data.HERE.glob("*.toml")) == sorted(_data.SOURCES)


def test_load_reads_the_copy() -> None:
    assert _data.load("nondeterminism.toml") == _data.from_toml("nondeterminism.toml")
