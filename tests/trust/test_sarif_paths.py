"""SARIF locations: normalised URIs, relative to %SRCROOT% whenever the file is under it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli

BAD = (
    "import requests\nfrom wmill import workflow\n\n@workflow\n"
    "async def main(u: str):\n    return requests.post(u)\n"
)


def uris(*args: str) -> list[dict[str, str]]:
    result = cli_runner().invoke(cli, ["check", "--no-cache", "--format", "sarif", *args])
    assert result.exit_code == 1, result.output
    log = json.loads(result.stdout)
    return [
        r["locations"][0]["physicalLocation"]["artifactLocation"] for r in log["runs"][0]["results"]
    ]


def test_dot_dot_paths_are_normalised(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "bad.py").write_text(BAD)
    (tmp_path / "other").mkdir()
    monkeypatch.chdir(tmp_path / "other")
    (location,) = uris("../proj/bad.py")
    assert location == {"uri": (tmp_path / "proj" / "bad.py").as_uri()}
    assert "/../" not in location["uri"] and "/./" not in location["uri"]
    (location,) = uris(str(tmp_path / "other" / ".." / "proj" / "bad.py"))
    assert location == {"uri": (tmp_path / "proj" / "bad.py").as_uri()}


def test_paths_under_the_root_are_relative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "bad.py").write_text(BAD)
    monkeypatch.chdir(tmp_path)
    for given in ("sub/../bad.py", "./bad.py", str(tmp_path / "sub" / ".." / "bad.py")):
        (location,) = uris(given)
        assert location == {"uri": "bad.py", "uriBaseId": "%SRCROOT%"}, given
