"""Hostile metadata, caches and numbers: a clear refusal, never a hang or a crash."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import cli_runner
from wac_lint.cli import cli
from wac_lint.schema.yaml_read import MetadataError, load

SCRIPT = "from wmill import workflow\n\n@workflow\nasync def main(x: int):\n    return x\n"


def alias_bomb(levels: int = 10) -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]")
    return "\n".join(lines) + "\nsummary: x\n"


@pytest.fixture()
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.py").write_text(SCRIPT)
    return tmp_path


def invoke(*args: str):  # type: ignore[no-untyped-def]
    return cli_runner().invoke(cli, list(args))


def test_alias_bomb_is_refused_by_schema_and_check(here: Path) -> None:
    bomb = alias_bomb()
    assert len(bomb) < 600
    (here / "a.script.yaml").write_text(bomb)
    result = invoke("schema", "--check", ".")
    assert result.exit_code == 2
    assert (
        "wac-lint: error: a.script.yaml: its aliases expand to more than 100,000 nodes "
        "(an alias bomb?); not overwritten"
    ) in result.stderr
    result = invoke("check", "--no-cache", ".")
    assert result.exit_code == 1
    assert "WAC901 The script's metadata cannot be used: a.script.yaml: its aliases" in (
        result.stdout
    )
    assert (here / "a.script.yaml").read_text() == bomb


def test_shared_aliases_within_the_bound_still_load() -> None:
    data = load("base: &b {x: 1}\nuse: [*b, *b, *b]\n")
    assert data == {"base": {"x": 1}, "use": [{"x": 1}] * 3}


def test_a_self_referencing_alias_is_blamed_on_the_metadata(here: Path) -> None:
    (here / "a.script.yaml").write_text("summary: &s [*s]\n")
    result = invoke("schema", "--check", ".")
    assert result.exit_code == 2
    assert (
        "a.script.yaml: an alias refers to a node that contains it (a cycle); not overwritten"
        in result.stderr
    )
    assert "nested too deeply" not in result.stderr
    with pytest.raises(MetadataError, match="cycle"):
        load("a: &a {b: *a}\n")


def test_a_100000_digit_integer_in_metadata_is_a_number(here: Path) -> None:
    (here / "a.script.yaml").write_text(
        "summary: ''\nschema:\n  type: object\n  properties:\n    x:\n      type: integer\n"
        f"      default: {'9' * 100_000}\n"
    )
    assert load(f"x: {'9' * 100_000}\n") == {"x": float("inf")}  # JavaScript: Infinity
    assert load(f"x: -{'1' * 400}\n") == {"x": float("-" + "1" * 400)}
    for command in (["schema", "--check", "."], ["check", "--no-cache", "."]):
        result = invoke(*command)
        assert "internal error" not in result.stderr
        assert result.exit_code == 1  # stale metadata, found and reported


def write_valid_cache(here: Path) -> Path:
    assert invoke("check", ".").exit_code == 0
    (cache_file,) = (here / ".wac_lint_cache").rglob("results-*.json")
    return cache_file


def test_a_deeply_nested_cache_file_is_dropped(here: Path) -> None:
    (here / "a.py").write_text(SCRIPT.replace("return x", "return 1"))
    cache_file = write_valid_cache(here)
    cache_file.write_text('{"files": ' + "[" * 200_000 + "]" * 200_000 + "}")
    for _ in range(2):  # and the run after it is not broken either
        result = invoke("check", ".")
        assert result.exit_code == 0, result.output
        assert "internal error" not in result.stderr


def test_a_damaged_cache_entry_is_dropped_and_rewritten(here: Path) -> None:
    cache_file = write_valid_cache(here)
    data = json.loads(cache_file.read_text())
    (key,) = data["files"]
    entry = data["files"][key]
    nested: object = []
    for _ in range(100):
        nested = [nested]
    entry["findings"] = [{"code": nested}]
    data["files"]["/elsewhere/\u0000bad.py"] = {"digest": 1, "findings": nested}
    data["sources"] = {**data["sources"], "/no\u0000such": [1, 2]}
    cache_file.write_text(json.dumps(data))
    result = invoke("check", ".")
    assert result.exit_code == 0, result.output
    stored = json.loads(cache_file.read_text())
    assert stored["files"][key]["findings"] == []
    assert "/elsewhere/\u0000bad.py" not in stored["files"]


def test_control_characters_are_escaped_in_text_output(here: Path) -> None:
    hostile = "evil\x1b]0;pwned\x07\x1b[2J\u202e.py"
    (here / hostile).write_text(
        "import requests\nfrom wmill import workflow\n\n@workflow\n"
        "async def main(u: str):\n    return requests.post(u)\n"
    )
    (here / "bin\x1b[31m.py").write_bytes(b"\x00\x01")
    shown = "evil\\x1b]0;pwned\\x07\\x1b[2J\\u202e.py"
    for fmt in ("text", "concise", "github"):
        result = invoke("check", "--no-cache", "--format", fmt, ".")
        assert result.exit_code == 1
        assert "\x1b" not in result.stdout + result.stderr
        assert "\u202e" not in result.stdout + result.stderr
        assert shown in result.stdout
        assert "wac-lint: bin\\x1b[31m.py: binary file (contains NUL bytes)" in result.stderr


def test_control_characters_from_the_cache_are_escaped(here: Path) -> None:
    (here / "a.py").write_text(
        "import requests\nfrom wmill import workflow\n\n@workflow\n"
        "async def main(u: str):\n    return requests.post(u)\n"
    )
    invoke("check", ".")
    (cache_file,) = (here / ".wac_lint_cache").rglob("results-*.json")
    data = json.loads(cache_file.read_text())
    for entry in data["files"].values():
        entry["findings"][0]["message"] = "owned\x1b[8m hidden\rX"
    cache_file.write_text(json.dumps(data))
    result = invoke("check", ".")
    assert "owned\\x1b[8m hidden\\x0dX" in result.stdout
    assert "\x1b" not in result.stdout


def test_names_longer_than_the_system_allows_are_not_an_internal_error(here: Path) -> None:
    """Imports, `!inline` files and task paths naming a file the system cannot hold
    (ENAMETOOLONG from the stat) resolve to nothing, as any missing file does."""
    long = "q" * 300
    (here / "wmill.yaml").write_text("defaultTs: bun\n")
    (here / "f" / "a").mkdir(parents=True)
    (here / "f" / "b.flow").mkdir()
    (here / "f" / "a" / "job.py").write_text(
        f"from f.{long} import helper\nfrom .{long} import other\n"
        "from wmill import task_script, workflow\n\n"
        f"t = task_script('./{long}.py')\n\n"
        "@workflow\nasync def main():\n    helper()\n    return await t()\n"
    )
    (here / "f" / "a" / "run.ts").write_text(
        f'import {{ helper }} from "./{long}";\nimport {{ x }} from "/f/{long}/y.ts";\n'
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async () => { helper(); return x; });\n"
    )
    (here / "f" / "b.flow" / "flow.yaml").write_text(
        "summary: s\nvalue:\n  modules:\n    - id: a\n      value:\n"
        "        type: rawscript\n        language: python3\n"
        f"        content: '!inline {long}.py'\n"
        "        input_transforms: {}\n    - id: b\n      value:\n        type: flow\n"
        f"        path: f/{long}\n        input_transforms: {{}}\n"
    )
    result = invoke("check", "--no-cache", "--format", "json", "--select", "WAC4,WAC5", ".")
    assert "internal error" not in result.output
    assert result.exit_code == 1
    found = sorted((f["filename"], f["code"]) for f in json.loads(result.output))
    # the relative imports name scripts the folder lacks (WAC403, red team AB)
    assert found == [
        ("f/a/job.py", "WAC401"),
        ("f/a/job.py", "WAC403"),
        ("f/a/run.ts", "WAC403"),
        ("f/b.flow/flow.yaml", "WAC401"),
        ("f/b.flow/flow.yaml", "WAC500"),
    ]


def test_a_deeply_nested_condition_in_a_catch_is_no_internal_error() -> None:
    """WAC202 looked for calls in a handler's `if` test by recursion: 300 nested
    object literals ran out of stack (fuzz finding, in `check --fix`)."""
    from wac_lint.engine import analyze_bytes

    nested = "{a:" * 300 + "1" + "}" * 300
    code = (
        'import { task, workflow } from "windmill-client";\n'
        "const translate = task(async (x: string) => x);\n"
        "export const main = workflow(async () => {\n"
        '  try {\n    await translate("a");\n  } catch (y) {\n'
        f"    if ({nested}) {{ return 1; }}\n    throw y;\n  }}\n}});\n"
    )
    result = analyze_bytes(code.encode(), "job.ts")
    assert result.errors == []
    assert [(f.code, f.row) for f in result.findings] == [("WAC202", 6)]
