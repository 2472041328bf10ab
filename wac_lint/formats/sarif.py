"""SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it.

The log holds one run: the tool with the whole rule catalogue (so a viewer can
show a rule's documentation even for rules with no result), the results with
their rule index, level, region and fixes, and an invocation that records the
files that could not be checked. Paths are relative URIs against `%SRCROOT%`
(the current directory), which is what code scanning expects.

It validates against the 2.1.0 schema (tests/ci) and passes Microsoft's SARIF
Multitool `validate` without errors or warnings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from wac_lint import __version__
from wac_lint.docs import docs_uri
from wac_lint.registry import all_rules
from wac_lint.report import Report
from wac_lint.rule import Finding, Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
SRCROOT = "%SRCROOT%"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}


def render(report: Report, root: Path | None = None) -> str:
    return json.dumps(sarif_log(report, root), indent=2, ensure_ascii=False) + "\n"


def sarif_log(report: Report, root: Path | None = None) -> dict[str, object]:
    root = (root or Path.cwd()).resolve()
    rules = all_rules()
    index = {rule.code: i for i, rule in enumerate(rules)}
    run: dict[str, object] = {
        "tool": {
            "driver": {
                "name": "wac-lint",
                "version": __version__,
                "semanticVersion": __version__,
                # The rule reference installed with wac-lint (each rule's help is
                # also embedded below, which is what code scanning shows).
                "informationUri": docs_uri(),
                "rules": [rule_descriptor(rule) for rule in rules],
            }
        },
        "invocations": [invocation(report)],
        "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri() + "/"}},
        # Our columns count characters (code points), not UTF-16 units, which
        # is the SARIF default; say so, or viewers shift columns after emoji.
        "columnKind": "unicodeCodePoints",
        "results": [result(f, index, root) for f in report.findings],
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def sentence(text: str) -> str:
    """SARIF viewers expect messages to be sentences (Multitool rule SARIF2001)."""
    text = text.strip()
    return text if text.endswith((".", "!", "?")) else text + "."


def doc_sections(docs: str) -> dict[str, str]:
    sections: dict[str, str] = {}
    for chunk in ("\n" + docs.strip()).split("\n## ")[1:]:
        title, _, body = chunk.partition("\n")
        sections[title.strip()] = body.strip()
    return sections


def rule_descriptor(rule: type[Rule]) -> dict[str, object]:
    what = doc_sections(rule.docs).get("What it does", rule.summary)
    first_paragraph = what.split("\n\n")[0]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": sentence(rule.summary)},
        "fullDescription": {
            "text": sentence(" ".join(first_paragraph.split())),
            "markdown": sentence(first_paragraph),
        },
        "help": {"text": rule.docs.strip(), "markdown": rule.docs.strip()},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "error")},
        "properties": {"tags": ["wac", *rule.languages]},
    }


def artifact_location(filename: str, root: Path) -> dict[str, str]:
    """A normalised URI (no `.` or `..` segments: SARIF1002), relative to %SRCROOT%
    whenever the file is under it, as written or once links are resolved."""
    absolute = Path(os.path.normpath(os.path.abspath(filename)))
    for candidate in (absolute, Path(os.path.realpath(absolute))):
        try:
            relative = candidate.relative_to(root)
        except ValueError:
            continue
        return {"uri": quote(relative.as_posix()), "uriBaseId": SRCROOT}
    return {"uri": absolute.as_uri()}


def region(row: int, column: int, end_row: int, end_column: int) -> dict[str, int]:
    return {"startLine": row, "startColumn": column, "endLine": end_row, "endColumn": end_column}


def result(f: Finding, index: dict[str, int], root: Path) -> dict[str, object]:
    location = artifact_location(f.filename, root)
    out: dict[str, object] = {"ruleId": f.code}
    if f.code in index:
        out["ruleIndex"] = index[f.code]
    out["level"] = LEVELS.get(f.severity, "error")
    out["message"] = {"text": sentence(f.message)}
    out["locations"] = [
        {
            "physicalLocation": {
                "artifactLocation": location,
                "region": region(f.row, f.column, f.end_row, f.end_column),
            }
        }
    ]
    if f.related:
        # Ids are unique within the result; viewers link `[text](id)` in messages to them.
        out["relatedLocations"] = [
            {
                "id": number,
                "physicalLocation": {
                    "artifactLocation": artifact_location(r.filename, root),
                    "region": region(r.row, r.column, r.end_row, r.end_column),
                },
                "message": {"text": sentence(r.message)},
            }
            for number, r in enumerate(f.related, start=1)
        ]
    if f.fix is not None:
        out["fixes"] = [
            {
                "description": {"text": sentence(f.fix.message)},
                "artifactChanges": [
                    {
                        "artifactLocation": location,
                        "replacements": [
                            {
                                "deletedRegion": region(e.row, e.column, e.end_row, e.end_column),
                                "insertedContent": {"text": e.content},
                            }
                            for e in f.fix.edits
                        ],
                    }
                ],
            }
        ]
    return out


def invocation(report: Report) -> dict[str, object]:
    """Files that could not be read, and rules that crashed, as tool notifications."""
    notes: list[dict[str, object]] = [
        {"level": "error", "message": {"text": sentence(p)}} for p in report.problems
    ]
    notes += [
        {
            "level": "error",
            "message": {"text": sentence(f"Internal error in {e.code} on {e.filename}: {e.error}")},
        }
        for e in report.rule_errors
    ]
    out: dict[str, object] = {"executionSuccessful": not report.rule_errors}
    if notes:
        out["toolExecutionNotifications"] = notes
    return out
