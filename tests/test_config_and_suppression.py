"""Configuration discovery and keys; suppression comments."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from wac_lint.cli import cli
from wac_lint.config import ConfigError, clear_cache, load_file, settings_for_file
from wac_lint.source import LANG_TYPESCRIPT

from .helpers import codes, lint

SIDE_EFFECT_PY = """\
import requests
from wmill import workflow


@workflow
async def main(url: str):
    return requests.post(url).status_code
"""


@pytest.fixture(autouse=True)
def fresh_config_cache() -> None:
    clear_cache()


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize("config_name", ["wac-lint.toml", ".wac-lint.toml"])
def test_standalone_config_found_walking_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, config_name: str
) -> None:
    (tmp_path / config_name).write_text('ignore = ["WAC101"]\n')
    deep = tmp_path / "f" / "team"
    deep.mkdir(parents=True)
    (deep / "job.py").write_text(SIDE_EFFECT_PY)
    monkeypatch.chdir(deep)
    assert invoke("check", "job.py").exit_code == 0


def test_pyproject_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.wac-lint]\nselect = ["WAC0"]\n')
    (tmp_path / "job.py").write_text(SIDE_EFFECT_PY)
    monkeypatch.chdir(tmp_path)
    assert invoke("check", "job.py").exit_code == 0


def test_pyproject_without_table_keeps_walking(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "wac-lint.toml").write_text('ignore = ["WAC101"]\n')
    sub = tmp_path / "pkg"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (sub / "job.py").write_text(SIDE_EFFECT_PY)
    assert settings_for_file(sub / "job.py").ignore == ("WAC101",)


def test_nearest_config_wins(tmp_path: Path) -> None:
    (tmp_path / "wac-lint.toml").write_text('ignore = ["WAC101"]\n')
    sub = tmp_path / "strict"
    sub.mkdir()
    (sub / "wac-lint.toml").write_text("ignore = []\n")
    (sub / "job.py").write_text(SIDE_EFFECT_PY)
    assert settings_for_file(sub / "job.py").ignore == ()


def test_unknown_key_is_an_error_naming_it(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "wac-lint.toml").write_text('selec = ["WAC1"]\n')
    (tmp_path / "job.py").write_text(SIDE_EFFECT_PY)
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "job.py")
    assert result.exit_code == 2
    assert "unknown configuration key 'selec'" in result.output
    assert "Traceback" not in result.output


def test_invalid_toml_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "wac-lint.toml").write_text("select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_file(tmp_path / "wac-lint.toml")


def test_wrong_value_type(tmp_path: Path) -> None:
    (tmp_path / "wac-lint.toml").write_text('select = "WAC1"\n')
    with pytest.raises(ConfigError, match="'select' must be a list of strings"):
        load_file(tmp_path / "wac-lint.toml")


def test_per_file_ignores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "wac-lint.toml").write_text('[per-file-ignores]\n"legacy/*.py" = ["WAC101"]\n')
    (tmp_path / "legacy").mkdir()
    (tmp_path / "legacy" / "old.py").write_text(SIDE_EFFECT_PY)
    (tmp_path / "new.py").write_text(SIDE_EFFECT_PY)
    monkeypatch.chdir(tmp_path)
    out = invoke("check", ".").output
    assert "new.py:7:12: WAC101" in out
    assert "legacy/old.py" not in out


def test_exclude_and_extend_exclude(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "wac-lint.toml").write_text('extend-exclude = ["generated"]\n')
    (tmp_path / "generated").mkdir()
    (tmp_path / "generated" / "g.py").write_text(SIDE_EFFECT_PY)
    (tmp_path / "a.py").write_text(SIDE_EFFECT_PY)
    monkeypatch.chdir(tmp_path)
    out = invoke("check", ".").output
    assert "generated" not in out and "a.py:7:12" in out
    # named explicitly, an excluded file is checked unless --force-exclude
    assert invoke("check", "generated/g.py").exit_code == 1
    assert invoke("check", "--force-exclude", "generated/g.py").exit_code == 0


def test_explicit_config_option(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "custom.toml").write_text('ignore = ["WAC101"]\n')
    (tmp_path / "a.py").write_text(SIDE_EFFECT_PY)
    monkeypatch.chdir(tmp_path)
    assert invoke("check", "--config", "custom.toml", "a.py").exit_code == 0
    missing = invoke("check", "--config", "nope.toml", "a.py")
    assert missing.exit_code == 2 and "nope.toml: configuration file not found" in missing.output


def test_catalogue_extension_and_trimming(tmp_path: Path) -> None:
    (tmp_path / "wac-lint.toml").write_text(
        'extend-side-effects = ["billing.charge"]\nallow-side-effects = ["requests.post"]\n'
    )
    code = (
        "import billing\nimport requests\nfrom wmill import workflow\n\n@workflow\n"
        "async def main(x: str):\n    billing.charge(x)\n    return requests.post(x)\n"
    )
    settings = load_file(tmp_path / "wac-lint.toml")
    found = lint(code, settings=settings)
    assert [(f.code, f.row) for f in found] == [("WAC101", 7)]


def test_nondeterminism_catalogue_extension(tmp_path: Path) -> None:
    (tmp_path / "wac-lint.toml").write_text(
        'extend-nondeterminism = ["clock.now"]\nallow-nondeterminism = ["Date.now"]\n'
    )
    code = (
        'import { workflow } from "windmill-client";\nimport * as clock from "clock";\n'
        "export const main = workflow(async () => [clock.now(), Date.now()]);\n"
    )
    found = lint(code, LANG_TYPESCRIPT, settings=load_file(tmp_path / "wac-lint.toml"))
    # (WAC903: an arrow with an expression body is no workflow to Windmill's diagram)
    assert [(f.code, f.column) for f in found] == [("WAC903", 21), ("WAC102", 43)]


# ---- suppression ---------------------------------------------------------------


def test_suppress_on_the_same_line() -> None:
    code = SIDE_EFFECT_PY.replace("status_code\n", "status_code  # wac-lint: ignore[WAC101]\n")
    assert codes(lint(code)) == []


def test_suppress_alone_on_the_line_above() -> None:
    code = SIDE_EFFECT_PY.replace(
        "    return requests", "    # wac-lint: ignore[WAC102, WAC101]\n    return requests"
    )
    assert codes(lint(code)) == []


def test_suppression_of_another_code_does_not_hide() -> None:
    code = SIDE_EFFECT_PY.replace("status_code\n", "status_code  # wac-lint: ignore[WAC102]\n")
    assert codes(lint(code)) == ["WAC101"]


def test_comment_above_but_after_code_does_not_cover_next_line() -> None:
    code = SIDE_EFFECT_PY.replace(
        "async def main(url: str):\n", "async def main(url: str):  # wac-lint: ignore[WAC101]\n"
    )
    assert codes(lint(code)) == ["WAC101"]


def test_noqa_in_python() -> None:
    code = SIDE_EFFECT_PY.replace("status_code\n", "status_code  # noqa: WAC101\n")
    assert codes(lint(code)) == []


def test_ignore_file() -> None:
    code = "# wac-lint: ignore-file[WAC101]\n" + SIDE_EFFECT_PY
    assert codes(lint(code)) == []


def test_strings_do_not_suppress() -> None:
    code = SIDE_EFFECT_PY.replace(
        "requests.post(url)", 'requests.post(url, data="# wac-lint: ignore[WAC101]")'
    )
    assert codes(lint(code)) == ["WAC101"]


def test_typescript_comment_suppression() -> None:
    code = (
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async () => {\n"
        "  // wac-lint: ignore[WAC102]\n  return Date.now();\n});\n"
    )
    assert codes(lint(code, LANG_TYPESCRIPT)) == []
    unsuppressed = code.replace("  // wac-lint: ignore[WAC102]\n", "")
    assert codes(lint(unsuppressed, LANG_TYPESCRIPT)) == ["WAC102"]


@pytest.mark.parametrize(
    ("rel", "excluded"),
    [
        ("f/legacy/job.py", True),
        ("f/legacy", True),
        ("f/legacyx/job.py", False),
        ("f/etl/report.gen.py", True),
        ("node_modules/x/a.ts", True),
        ("f/deep/tmp/a.py", True),
        ("f/etl/job.py", False),
    ],
)
def test_exclusion_patterns(rel: str, excluded: bool) -> None:
    from wac_lint.config import Exclusion

    exclusion = Exclusion(("node_modules", "f/legacy/", "*.gen.py", "**/tmp"))
    assert exclusion.matches(rel) is excluded
