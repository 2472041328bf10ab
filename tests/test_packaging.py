"""What `pip install .` ships: every package of the source tree, and the rule data."""

from __future__ import annotations

import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]


def source_packages() -> set[str]:
    found = set()
    for package, folder in CONFIG["package-dir"].items():
        base = ROOT / folder
        for init in base.rglob("__init__.py"):
            rel = init.parent.relative_to(base).parts
            found.add(".".join((package, *rel)))
    return found


def test_every_package_is_listed() -> None:
    assert source_packages() <= set(CONFIG["packages"])


def test_rules_and_lsp_install_under_wac_lint_only() -> None:
    assert CONFIG["package-dir"] == {
        "wac_lint": "wac_lint",
        "wac_lint.rules": "rules",
        "wac_lint.lsp": "lsp",
    }
    assert not any(p.split(".")[0] in ("rules", "lsp") for p in CONFIG["packages"])


def test_rule_catalogues_are_package_data() -> None:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]
    assert "*.toml" in data["package-data"]["wac_lint.rules"]
    assert "*.json" in data["package-data"]["wac_lint.rules"]  # what the rules read
    assert list((ROOT / "rules").glob("*.toml"))
