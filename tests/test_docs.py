"""docs/rules.md is generated from the rules and must match them."""

from __future__ import annotations

from pathlib import Path

from wac_lint.docs import render, rule_url
from wac_lint.registry import all_rules

PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_rules_page_is_up_to_date() -> None:
    assert PAGE.read_text() == render(), "run: python -m wac_lint.docs > docs/rules.md"


def test_every_rule_has_an_anchor() -> None:
    text = PAGE.read_text()
    for rule in all_rules():
        anchor = rule_url(rule.code).split("#")[1]
        assert f'<a id="{anchor}"></a>' in text


def test_the_page_ships_with_the_package_and_every_rule_link_resolves() -> None:
    from urllib.parse import urlparse
    from urllib.request import url2pathname

    for rule in all_rules():
        url = urlparse(rule_url(rule.code))
        assert url.scheme == "file"
        installed = Path(url2pathname(url.path))
        assert installed.read_text() == render()
        assert f'<a id="{url.fragment}"></a>' in installed.read_text()
