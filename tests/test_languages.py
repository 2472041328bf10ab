"""The Language objects, rule-declared settings and extra inputs, and what core may
not know (a rule's code, a language's name)."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from wac_lint.config import ConfigError, Settings, check_rule_options, load_file
from wac_lint.engine import analyze_source, enabled_rules
from wac_lint.languages import (
    FLOW,
    PYTHON,
    TYPESCRIPT,
    LanguageKind,
    language_for_editor,
    language_for_path,
    language_of,
)
from wac_lint.model import ScriptModel
from wac_lint.registry import all_rules, declared_settings, extra_inputs
from wac_lint.rule import Rule, RuleContext, py
from wac_lint.setting import strings
from wac_lint.source import SourceFile

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("f/a/script.py", PYTHON),
        ("f/a/script.ts", TYPESCRIPT),
        ("f/a/script.mts", TYPESCRIPT),
        ("f/a/types.d.ts", None),
        ("f/a.flow/flow.yaml", FLOW),
        ("f/a__flow/flow.json", FLOW),
        ("f/a/flow.yaml", None),
        ("notes.txt", None),
    ],
)
def test_each_file_name_is_claimed_by_one_language(name: str, expected: object) -> None:
    assert language_for_path(name) is expected


def test_kinds_are_enums_and_name_their_language() -> None:
    source = SourceFile("x.py", "x = 1\n", "python")  # a plain string is made the kind
    assert source.language is LanguageKind.PYTHON
    assert source.lang is PYTHON and language_of("typescript") is TYPESCRIPT
    assert language_for_editor("typescript") is TYPESCRIPT
    assert language_for_editor("markdown") is None
    assert json.dumps(source.language) == '"python"'


def test_comment_syntax_and_sdk_modules_come_from_the_language() -> None:
    assert (PYTHON.line_comment, PYTHON.noqa) == ("#", True)
    assert (TYPESCRIPT.line_comment, TYPESCRIPT.noqa) == ("//", False)
    assert "wmill" in PYTHON.sdk_modules and "windmill-client" in TYPESCRIPT.sdk_modules
    # flake8-style "noqa" comments are Python's convention only: in TypeScript, a plain comment
    ts = (
        'import { workflow } from "windmill-client";\n'
        "export const main = workflow(async () => Date.now()); // no"
        "qa: WAC102\n"
    )
    found = analyze_source(SourceFile("x.ts", ts, "typescript")).findings
    assert "WAC102" in [f.code for f in found]
    ignored = ts.replace("// noqa: WAC102", "// wac-lint: ignore[WAC102]")
    assert "WAC102" not in [
        f.code for f in analyze_source(SourceFile("x.ts", ignored, "typescript")).findings
    ]


def test_only_the_grammar_a_file_needs_is_loaded() -> None:
    """A run over one Python file never imports the TypeScript grammar (or the reverse)."""
    code = (
        "import sys\n"
        "from wac_lint.engine import analyze_bytes\n"
        "analyze_bytes(b'from wmill import workflow\\n', sys.argv[1])\n"
        "print(sorted(m for m in sys.modules if m.startswith('tree_sitter_')))\n"
    )
    for name, loaded, absent in (
        ("x.py", "tree_sitter_python", "tree_sitter_typescript"),
        ("x.ts", "tree_sitter_typescript", "tree_sitter_python"),
    ):
        out = subprocess.run(
            [sys.executable, "-c", code, name], capture_output=True, text=True, check=True
        ).stdout
        assert loaded in out and absent not in out, out


def test_the_signature_is_read_once_per_model() -> None:
    source = SourceFile("x.py", "def main(a: int, b: str = 'x'):\n    pass\n", "python")
    model = analyze_source(source, keep_model=True).model
    assert isinstance(model, ScriptModel)
    first = model.signature
    assert [arg.name for arg in first.args] == ["a", "b"]
    assert model.signature is first


# --- settings rules declare ------------------------------------------------------------


def test_rule_settings_are_known_to_configuration_validation(tmp_path: Path) -> None:
    keys = declared_settings()
    assert {"extend-side-effects", "allow-nondeterminism", "workspace-complete"} <= set(keys)
    config = tmp_path / "wac-lint.toml"
    config.write_text('extend-side-effects = ["billing.charge"]\nworkspace-complete = true\n')
    settings = load_file(config)
    assert settings is not None
    assert settings.option(keys["extend-side-effects"]) == ("billing.charge",)
    assert settings.option(keys["workspace-complete"]) is True
    assert settings.option(keys["allow-side-effects"]) == ()  # the declared default
    config.write_text("workspace-complete = 1\n")
    with pytest.raises(ConfigError, match="'workspace-complete' must be true or false"):
        load_file(config)
    config.write_text('extend-side-effects = "billing.charge"\n')
    with pytest.raises(ConfigError, match="'extend-side-effects' must be a list of strings"):
        load_file(config)
    # A well-shaped value is checked against the declarations when the rules load:
    # a warm run (every file a cache hit) loads none.
    for text, problem in (
        ("workspace-complete = []\n", "'workspace-complete' must be true or false"),
        ("extend-side-effect = []\n", "unknown configuration key 'extend-side-effect'"),
    ):
        config.write_text(text)
        loaded = load_file(config)
        assert loaded is not None
        with pytest.raises(ConfigError, match=problem):
            check_rule_options(loaded)
        with pytest.raises(ConfigError, match=problem):
            enabled_rules(loaded)


def test_rule_settings_change_the_fingerprint() -> None:
    plain = Settings()
    changed = plain.with_option("extend-side-effects", ("billing.charge",))
    assert plain.fingerprint() != changed.fingerprint()
    assert changed == Settings().with_option("extend-side-effects", ("billing.charge",))


def test_a_rule_reads_only_the_settings_it_declares() -> None:
    undeclared = strings("extend-things", "not declared by the rule below")

    class Reader(Rule):
        code = "WAC999"
        name = "reader"
        message = summary = docs = "test"

        def check(self, ctx: RuleContext) -> None:
            ctx.strings(undeclared)

    source = SourceFile("x.py", "from wmill import workflow\n", "python")
    result = analyze_source(source, rules=[Reader])
    assert [e.code for e in result.errors] == ["WAC999"]
    assert "does not declare it" in result.errors[0].error


def test_rules_sharing_a_key_declare_one_setting() -> None:
    owners: dict[str, set[str]] = {}
    for rule in all_rules():
        for setting in rule.settings:
            owners.setdefault(setting.key, set()).add(rule.code)
            assert declared_settings()[setting.key] is setting
    assert owners["extend-nondeterminism"] == {"WAC102", "WAC103"}


def test_extra_inputs_are_the_metadata_beside_the_script(tmp_path: Path) -> None:
    """A superset of where WAC901 looks (`metadata_path`, `json_metadata_path`)."""
    from wac_lint.schema.paths import json_metadata_path, metadata_path

    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    for script, names in (
        (tmp_path / "f" / "etl" / "daily.bun.ts", ["daily.script.yaml", "daily.script.json"]),
        (tmp_path / "f" / "etl" / "extract__mod" / "script.py", ["script.yaml", "script.json"]),
    ):
        found = extra_inputs(str(script))
        assert [Path(p).name for p in found][-2:] == names
        assert {str(metadata_path(script)), str(json_metadata_path(script))} <= set(found)


def test_a_warm_cache_run_loads_no_rule(tmp_path: Path) -> None:
    """Every file a hit: the cache knows each entry's extra inputs without the rules."""
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    script = tmp_path / "a.py"
    script.write_text("from wmill import workflow\n\n@workflow\nasync def main():\n    pass\n")
    old = os.stat(script).st_mtime_ns - 10_000_000_000  # older than the racy margin
    os.utime(script, ns=(old, old))
    probe = (
        "import sys\n"
        "from wac_lint.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('RULES', sorted(m for m in sys.modules if m.startswith('wac_lint.rules.wac')))\n"
    )
    env = {**os.environ, "WAC_LINT_CACHE_DIR": str(tmp_path / "cache")}

    def run() -> str:
        return subprocess.run(
            [sys.executable, "-c", probe, "check", "a.py"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            check=True,
        ).stdout

    assert "RULES []" not in run()  # the cold run analyses
    (cache_file,) = (tmp_path / "cache").rglob("results-*.json")
    data = json.loads(cache_file.read_text())
    (entry,) = data["files"].values()
    assert [Path(p).name for p in entry["inputs"]] == ["a.script.yaml", "a.script.json"]
    assert "RULES []" in run()


# --- what core must not know -----------------------------------------------------------

CORE = [p for d in ("wac_lint", "lsp") for p in (ROOT / d).rglob("*.py") if "rules" not in p.parts]


def _string_constants(path: Path) -> list[str]:
    """The string literals of a module, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_core_names_no_rule_and_compares_no_language_name() -> None:
    import re

    offenders = []
    for path in CORE:
        for text in _string_constants(path):
            if re.search(r"\bWAC\d{3}\b", text) or text in ("python", "typescript"):
                offenders.append(f"{path.relative_to(ROOT)}: {text!r}")
    allowed = {  # where a language is *defined* (its value, its editors' languageIds)
        "wac_lint/languages/base.py",
        "wac_lint/languages/python.py",
        "wac_lint/languages/typescript.py",
    }
    offenders = [o for o in offenders if o.split(":")[0] not in allowed]
    assert offenders == []


def test_examples_run_in_every_language_the_rule_declares() -> None:
    for rule in all_rules():
        for example in [*rule.VALID, *rule.INVALID]:
            assert example.language in rule.languages, rule.code
    assert py("x = 1\n").language is LanguageKind.PYTHON


def test_the_rule_command_lists_a_rules_settings() -> None:
    from click.testing import CliRunner

    from wac_lint.cli import cli

    text = CliRunner().invoke(cli, ["rule", "WAC401"]).output
    assert "## Settings" in text and "- `workspace-complete` (flag): " in text
    data = json.loads(CliRunner().invoke(cli, ["rule", "WAC101", "--format", "json"]).output)
    assert [s["key"] for s in data["settings"]] == ["extend-side-effects", "allow-side-effects"]
    assert "## Settings" not in CliRunner().invoke(cli, ["rule", "WAC006"]).output


# --- shared code reads named facts, never a language flag ------------------------------

# Modules written for one language (its definition, front-end, scopes, signature reader).
PER_LANGUAGE = {
    "wac_lint/frontends/python.py",
    "wac_lint/frontends/typescript.py",
    "wac_lint/semantic/python_scopes.py",
    "wac_lint/semantic/typescript_scopes.py",
    "wac_lint/schema/sig_python.py",
    "wac_lint/schema/sig_typescript.py",
}
# Rules still asking `_sdk_calls.is_python` (being sped up elsewhere): never more.
IS_PYTHON_CALLS = {
    "rules/_json_classify.py": 1,
    "rules/wac104_state_mutated_in_durable_callback.py": 1,
    "rules/wac105_order_dependent_dispatch.py": 3,
    "rules/wac107_non_json_durable_value.py": 1,
}
LANGUAGE_CONSTANTS = {"LANG_PYTHON", "LANG_TYPESCRIPT", "LANG_FLOW"}


def _names_a_kind(node: ast.expr) -> bool:
    if isinstance(node, ast.Name):
        return node.id in LANGUAGE_CONSTANTS
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == "LanguageKind"
    )


def language_branches(source: str) -> list[tuple[int, str]]:
    """(line, what) for each place the code branches on the language itself."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare) and any(
            _names_a_kind(o) for o in (node.left, *node.comparators)
        ):
            found.append((node.lineno, "compares a language kind"))
        elif isinstance(node, ast.Attribute) and node.attr == "python":
            found.append((node.lineno, "reads a `.python` flag"))
        elif isinstance(node, ast.keyword) and node.arg == "python":
            found.append((node.value.lineno, "passes `python=`"))
        elif isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
            if name == "is_python":
                found.append((node.lineno, "asks `is_python`"))
    return found


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("x = model.language == LANG_PYTHON\n", ["compares a language kind"]),
        ("if lang is not LanguageKind.TYPESCRIPT:\n    pass\n", ["compares a language kind"]),
        ("y = 1 if self.python else 2\n", ["reads a `.python` flag"]),
        ("Par(items, python=True)\n", ["passes `python=`"]),
        ("if sdk.is_python(model):\n    pass\n", ["asks `is_python`"]),
        # a rule's per-language table, and a rule declaring its languages, are not branches
        ("MESSAGES = {LanguageKind.PYTHON: 'a', LanguageKind.TYPESCRIPT: 'b'}\n", []),
        ("languages = (LANG_PYTHON,)\n", []),
        ("x = model.lang.coroutines_start_when_awaited\n", []),
    ],
)
def test_the_language_branch_detector(code: str, expected: list[str]) -> None:
    assert [what for _, what in language_branches(code)] == expected


def test_shared_code_branches_on_no_language() -> None:
    """graph/, semantic/, workspace/, the rest of core, and the rules read named facts
    (`model.lang.…`, the graph `Dialect`, the semantic `NameSyntax`) or a per-language
    table a rule owns; only the modules written for one language may name it."""
    offenders = []
    asked: dict[str, int] = {}
    for directory in ("wac_lint", "rules"):
        for path in sorted((ROOT / directory).rglob("*.py")):
            name = path.relative_to(ROOT).as_posix()
            if name.startswith("wac_lint/languages/") or name in PER_LANGUAGE:
                continue
            for line, what in language_branches(path.read_text(encoding="utf-8")):
                if what == "asks `is_python`":
                    asked[name] = asked.get(name, 0) + 1
                else:
                    offenders.append(f"{name}:{line}: {what}")
    # the one comparison left: `_sdk_calls.is_python` itself
    assert [o for o in offenders if not o.startswith("rules/_sdk_calls.py:")] == []
    assert len(offenders) <= 1
    for name, count in asked.items():
        assert count <= IS_PYTHON_CALLS.get(name, 0), f"{name} asks is_python {count} times"
