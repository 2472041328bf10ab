"""JSON for programs: `json` (one array) and `json-lines` (one finding per line)."""

from __future__ import annotations

import json

from wac_lint.report import Report, finding_dict


def render_json(report: Report) -> str:
    return json.dumps([finding_dict(f) for f in report.findings], indent=2) + "\n"


def render_json_lines(report: Report) -> str:
    return "".join(json.dumps(finding_dict(f)) + "\n" for f in report.findings)
