"""`wac-lint rules` and `wac-lint rule CODE`."""

from __future__ import annotations

import json

from click.testing import CliRunner

from wac_lint.cli import cli
from wac_lint.registry import all_rules


def test_rules_text_lists_every_rule() -> None:
    result = CliRunner().invoke(cli, ["rules"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert [line.split()[0] for line in lines] == [r.code for r in all_rules()]
    assert any(line.split()[1] == "side-effect-in-workflow-body" for line in lines)


def test_rules_json() -> None:
    data = json.loads(CliRunner().invoke(cli, ["rules", "--format", "json"]).output)
    wac101 = next(r for r in data if r["code"] == "WAC101")
    assert wac101["name"] == "side-effect-in-workflow-body"
    assert wac101["severity"] == "error"
    assert "## Why is this bad" in wac101["docs"]
    assert {r["fix"] for r in data} >= {None, "fix", "suggestion"}


def test_rule_docs_by_code_or_name() -> None:
    by_code = CliRunner().invoke(cli, ["rule", "wac201"])
    assert by_code.exit_code == 0
    assert by_code.output.startswith("# bare-except-in-workflow (WAC201)")
    assert "## Use instead" in by_code.output
    by_name = CliRunner().invoke(cli, ["rule", "bare-except-in-workflow"])
    assert by_name.output == by_code.output


def test_unknown_rule_is_a_usage_error() -> None:
    result = CliRunner().invoke(cli, ["rule", "WAC999"])
    assert result.exit_code == 2
    assert "unknown rule 'WAC999'" in result.output


def test_rule_codes_from_module_names_are_the_rules_codes() -> None:
    # Selectors are checked against the module names (no rule imported); each rule
    # module must be named after its code for that to hold.
    from wac_lint.registry import rule_codes

    assert rule_codes() == tuple(r.code for r in all_rules())
    for rule in all_rules():
        assert rule.__module__.rsplit(".", 1)[1].startswith(rule.code.lower() + "_")
