"""JUnit XML: one test case per checked file, its findings in one `<failure>`.

This is the shape CI test views (GitLab, Jenkins, Azure DevOps, the GitHub
JUnit report actions) all read: `testsuites > testsuite > testcase`, with a
`failure` (findings) or an `error` (file not readable, rule crashed) child.
A single failure per case keeps viewers that only show the first one honest;
its text lists every finding, one `path:row:col: CODE message` line each.
Only attributes of the strictest common schema (Jenkins xUnit's junit-10.xsd)
are used: no `file` on a test case (its name is the path), which is also why
pytest's default xunit2 flavour leaves it out.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import defaultdict

from wac_lint.formats.text import finding_line
from wac_lint.report import Report, plural
from wac_lint.rule import Finding, RuleError

# Characters XML 1.0 cannot carry at all, even escaped; they would make the
# report unparseable, so they are replaced (source text can contain them).
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
SUITE = "wac-lint"


def clean(text: str) -> str:
    return INVALID_XML.sub("\ufffd", text)


def render(report: Report) -> str:
    by_file: dict[str, list[Finding]] = defaultdict(list)
    for f in report.findings:
        by_file[f.filename].append(f)
    errors_by_file: dict[str, list[RuleError]] = defaultdict(list)
    for e in report.rule_errors:
        errors_by_file[e.filename].append(e)

    # Checked files in the order they were checked, then any file that only
    # appears in findings (stdin), so every finding lands in some case.
    names = list(dict.fromkeys([*report.files, *by_file]))
    cases = [file_case(name, by_file[name], errors_by_file[name]) for name in names]
    cases += [problem_case(problem) for problem in report.problems]

    failures = sum(1 for c in cases if c.find("failure") is not None)
    errors = sum(1 for c in cases if c.find("error") is not None)
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors)}
    root = ET.Element("testsuites", {"name": SUITE, **counts, "time": "0"})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts, "skipped": "0", "time": "0"})
    suite.extend(cases)
    ET.indent(root)
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def file_case(name: str, findings: list[Finding], errors: list[RuleError]) -> ET.Element:
    case = ET.Element("testcase", {"name": clean(name), "classname": SUITE, "time": "0"})
    if findings:
        codes = sorted({f.code for f in findings})
        message = f"{plural(len(findings), 'finding')}: {', '.join(codes)}"
        failure = ET.SubElement(case, "failure", {"message": message, "type": codes[0]})
        failure.text = clean("\n".join(finding_line(f) for f in findings))
    for e in errors:
        error = ET.SubElement(
            case, "error", {"message": clean(f"internal error in {e.code}"), "type": "RuleError"}
        )
        error.text = clean("\n".join([e.error, *e.details]))
    return case


def problem_case(problem: str) -> ET.Element:
    """A file that could not be checked; problems read `name: reason`."""
    name, sep, reason = problem.partition(": ")
    if not sep:
        name, reason = problem, problem
    case = ET.Element("testcase", {"name": clean(name), "classname": SUITE, "time": "0"})
    error = ET.SubElement(case, "error", {"message": clean(reason), "type": "InputError"})
    error.text = clean(problem)
    return case
