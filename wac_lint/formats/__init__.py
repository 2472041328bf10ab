"""Every output format of `wac-lint check`: a function `Report -> str` each.

A format's module is imported only when chosen, so the common case (text in
an editor or pre-commit) does not pay for XML or SARIF.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the report (and the rule and model types it holds) loads with a run
    from wac_lint.report import Report

# name -> "module:function" (modules in this package)
FORMATS = {
    "text": "text:render_text",
    "concise": "text:render_concise",
    "json": "json_format:render_json",
    "json-lines": "json_format:render_json_lines",
    "github": "github:render_github",
    "sarif": "sarif:render",
    "junit": "junit:render",
}


def renderer(name: str) -> Callable[[Report], str]:
    """The render function of format `name` (KeyError for an unknown name)."""
    module_name, function = FORMATS[name].split(":")
    module = importlib.import_module(f"{__name__}.{module_name}")
    render: Callable[[Report], str] = getattr(module, function)
    return render


def render(name: str, report: Report) -> str:
    return renderer(name)(report)
