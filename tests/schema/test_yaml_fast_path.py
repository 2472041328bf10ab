"""libyaml's fast path reads every metadata file exactly as the reference loader does."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wac_lint.schema import yaml_read

HERE = Path(__file__).parent
FILES = sorted(HERE.rglob("*.script.yaml"))


def test_there_are_files_to_compare() -> None:
    assert len(FILES) > 300


@pytest.mark.skipif(yaml_read._FastCoreLoader is None, reason="PyYAML built without libyaml")
def test_fast_and_reference_loaders_agree() -> None:
    fast_used = 0
    for path in FILES:
        text, _ = yaml_read._protect(path.read_text(encoding="utf-8"))
        if not yaml_read._fast_path(text):
            continue
        fast_used += 1
        reference = yaml.load(text, Loader=yaml_read._CoreLoader)  # noqa: S506
        fast = yaml.load(text, Loader=yaml_read._FastCoreLoader)  # noqa: S506
        assert fast == reference, path
    assert fast_used > len(FILES) // 2


def test_tabs_and_control_characters_take_the_reference_path() -> None:
    assert not yaml_read._fast_path("summary: a\\tb\\n".replace("\\t", "\t"))
    assert not yaml_read._fast_path("summary: bell \x07\n")
    assert yaml_read.load("summary: a\tb\n") == {"summary": "a\tb"}
