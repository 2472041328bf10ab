"""Output formats for CI: SARIF (schema-validated), JUnit XML, GitHub annotations."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

import jsonschema
import pytest
from click.testing import Result

from tests.ci.samples import BAD_PY, BAD_TS, FIXABLE_PY, GOOD_PY, UNICODE_TS, runner
from wac_lint.cli import cli
from wac_lint.formats import FORMATS, renderer, sarif
from wac_lint.registry import all_rules
from wac_lint.report import Report
from wac_lint.rule import Finding

SCHEMA = Path(__file__).with_name("sarif-2.1.0.json")
JUNIT_ATTRIBUTES = {
    "testsuites": {"name", "time", "tests", "failures", "errors"},
    "testsuite": {"name", "tests", "failures", "errors", "skipped", "time", "timestamp"},
    "testcase": {"name", "time", "classname"},
    "failure": {"type", "message"},
    "error": {"type", "message"},
}


@cache
def sarif_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def validate_sarif(log: object) -> None:
    errors = sorted(sarif_validator().iter_errors(log), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def run(*args: str) -> Result:
    return runner().invoke(cli, ["check", "--no-cache", *args], catch_exceptions=False)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    files = {
        "bad.py": BAD_PY,
        "good.py": GOOD_PY,
        "f/flows/bad.ts": BAD_TS,
        "f/flows/fixable.py": FIXABLE_PY,
        "dir with space/ünï code.ts": UNICODE_TS,
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "binary.py").write_bytes(b"x\x00y")
    return tmp_path


def finding(**changes: object) -> Finding:
    values: dict[str, object] = dict(
        code="WAC101",
        name="side-effect-in-workflow-body",
        message="a message",
        severity="error",
        filename="a.py",
        row=3,
        column=5,
        end_row=3,
        end_column=9,
    )
    values.update(changes)
    return Finding(**values)  # type: ignore[arg-type]


# --- SARIF -------------------------------------------------------------------


def test_schema_file_is_the_sarif_2_1_0_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert schema["properties"]["version"]["enum"] == ["2.1.0"]


def test_sarif_validates_against_the_schema(project: Path) -> None:
    result = run("--format", "sarif", ".")
    assert result.exit_code == 1
    log = json.loads(result.stdout)
    validate_sarif(log)
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"WAC001", "WAC101", "WAC102", "WAC106", "WAC201"}
    assert any("fixes" in r for r in results)


def test_schema_validation_can_fail() -> None:
    """The validator must catch a broken log, or the test above proves nothing."""
    log = sarif.sarif_log(Report([finding()], 1))
    log["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(AssertionError, match="level"):
        validate_sarif(log)


def test_sarif_driver_lists_the_whole_catalogue(project: Path) -> None:
    log = json.loads(run("--format", "sarif", "good.py").stdout)
    validate_sarif(log)
    driver = log["runs"][0]["tool"]["driver"]
    assert driver["name"] == "wac-lint" and driver["version"]
    assert driver["informationUri"].startswith("https://")
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [r.code for r in all_rules()]
    for descriptor, rule in zip(rules, all_rules(), strict=True):
        assert descriptor["name"] == rule.name
        assert descriptor["shortDescription"]["text"].endswith(".")
        assert descriptor["fullDescription"]["text"]
        assert "## Why is this bad" in descriptor["help"]["markdown"]
        level = descriptor["defaultConfiguration"]["level"]
        assert level == {"error": "error", "warning": "warning", "info": "note"}[rule.severity]
    assert log["runs"][0]["results"] == []


def test_sarif_results_point_at_the_rule_and_the_region(project: Path) -> None:
    log = json.loads(run("--format", "sarif", ".").stdout)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == project.resolve().as_uri() + "/"
    for r in run_["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        assert r["message"]["text"].endswith(".")
    by_rule = {r["ruleId"]: r for r in run_["results"]}
    loc = by_rule["WAC101"]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"] == {"uri": "bad.py", "uriBaseId": "%SRCROOT%"}
    assert loc["region"] == {"startLine": 7, "startColumn": 12, "endLine": 7, "endColumn": 25}
    # Characters, not UTF-16 units or bytes: 🎉 is one column.
    unicode = [r for r in run_["results"] if "code.ts" in json.dumps(r)]
    uri = unicode[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == "dir%20with%20space/%C3%BCn%C3%AF%20code.ts"
    line = UNICODE_TS.splitlines()[3]
    starts = {r["locations"][0]["physicalLocation"]["region"]["startColumn"] for r in unicode}
    assert line.index("Date.now") + 1 in starts


def test_sarif_fix_replacements(project: Path) -> None:
    log = json.loads(run("--format", "sarif", "f/flows/fixable.py").stdout)
    rename = next(r for r in log["runs"][0]["results"] if r["ruleId"] == "WAC001")
    (fix,) = rename["fixes"]
    assert fix["description"]["text"].endswith(".")
    (change,) = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "f/flows/fixable.py"
    first = change["replacements"][0]
    assert first["deletedRegion"]["startLine"] == 2
    assert first["insertedContent"]["text"] == "step"


def test_sarif_reports_unreadable_files_as_notifications(project: Path) -> None:
    log = json.loads(run("--format", "sarif", ".").stdout)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is True
    texts = [n["message"]["text"] for n in invocation["toolExecutionNotifications"]]
    assert texts == ["binary.py: binary file (contains NUL bytes)."]


def test_sarif_levels_and_paths_outside_the_root(tmp_path: Path) -> None:
    report = Report(
        [
            finding(severity="warning"),
            finding(severity="info", filename=str(tmp_path.parent / "elsewhere.py")),
        ],
        2,
    )
    log = sarif.sarif_log(report, root=tmp_path)
    validate_sarif(log)
    results = log["runs"][0]["results"]
    assert [r["level"] for r in results] == ["warning", "note"]
    outside = results[1]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert outside == {"uri": (tmp_path.parent / "elsewhere.py").as_uri()}


# --- JUnit -------------------------------------------------------------------


def test_junit_one_case_per_file_with_failures(project: Path) -> None:
    result = run("--format", "junit", ".")
    assert result.exit_code == 1
    assert result.stdout.startswith('<?xml version="1.0" encoding="UTF-8"?>\n')
    root = ET.fromstring(result.stdout.encode("utf-8"))
    assert root.tag == "testsuites"
    (suite,) = root
    assert suite.tag == "testsuite"
    cases = {c.get("name"): c for c in suite.findall("testcase")}
    assert set(cases) == {
        "bad.py",
        "good.py",
        "f/flows/bad.ts",
        "f/flows/fixable.py",
        "dir with space/ünï code.ts",
        "binary.py",
    }
    assert list(cases["good.py"]) == []
    failure = cases["f/flows/fixable.py"].find("failure")
    assert failure is not None
    assert failure.get("message", "").startswith("3 findings: WAC001, WAC106, WAC201")
    assert len((failure.text or "").splitlines()) == 3
    error = cases["binary.py"].find("error")
    assert error is not None and "binary file" in error.get("message", "")
    for element in (root, suite):
        assert element.get("tests") == "6"
        assert element.get("failures") == "4"
        assert element.get("errors") == "1"
    assert_within_common_junit_schema(root)


def assert_within_common_junit_schema(root: ET.Element) -> None:
    """The constraints of the strictest schema CI tools validate against
    (Jenkins xUnit's junit-10.xsd): required counts, and no attribute it lacks."""
    for element in root.iter():
        allowed = JUNIT_ATTRIBUTES[element.tag]
        assert set(element.attrib) <= allowed, (element.tag, set(element.attrib) - allowed)
    for suite in root.iter("testsuite"):
        assert {"name", "tests", "failures", "errors"} <= set(suite.attrib)
        assert all(child.tag == "testcase" for child in suite)
    for case in root.iter("testcase"):
        assert case.get("name") and case.get("classname")
        assert all(child.tag in ("failure", "error") for child in case)
        assert (case.get("time") or "0").replace(".", "").isdigit()


def test_junit_survives_control_characters_and_markup() -> None:
    text = renderer("junit")(
        Report([finding(message='bad <tag> & "quote" \x1b[31m\x00', filename="a&b.py")], 1)
    )
    root = ET.fromstring(text)
    assert_within_common_junit_schema(root)
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None
    assert '<tag> & "quote"' in (failure.text or "")


def test_junit_all_clean(project: Path) -> None:
    root = ET.fromstring(run("--format", "junit", "good.py").stdout)
    assert root.get("tests") == "1" and root.get("failures") == "0"


# --- GitHub, concise, json-lines, --output-file --------------------------------


def test_github_multi_line_range_has_no_columns() -> None:
    text = renderer("github")(Report([finding(end_row=5, end_column=2)], 1))
    assert text == "::error file=a.py,line=3,endLine=5,title=WAC101::a message\n"


def test_github_severities_and_escaping() -> None:
    text = renderer("github")(
        Report(
            [
                finding(severity="warning", filename="a,b:c.py"),
                finding(severity="info", message="50% done\nnext"),
            ],
            1,
        )
    )
    first, second = text.splitlines()
    assert first.startswith("::warning file=a%2Cb%3Ac.py,line=3,col=5,endLine=3,endColumn=9,")
    assert second.startswith("::notice ") and second.endswith("::50%25 done%0Anext")


def test_concise_and_json_lines(project: Path) -> None:
    concise = run("--format", "concise", "bad.py", "f/flows/bad.ts").stdout
    assert concise.splitlines() == [
        line for line in concise.splitlines() if not line.startswith("Found")
    ]
    assert len(concise.splitlines()) == 2
    assert concise.splitlines()[0].startswith("bad.py:7:12: WAC101 ")
    lines = run("--format", "json-lines", "bad.py", "f/flows/bad.ts").stdout.splitlines()
    assert [json.loads(line)["code"] for line in lines] == ["WAC101", "WAC102"]


def test_output_file(project: Path) -> None:
    result = run("--format", "sarif", "--output-file", "reports/wac.sarif", "bad.py")
    assert result.exit_code == 1
    assert result.stdout == ""
    log = json.loads((project / "reports/wac.sarif").read_text(encoding="utf-8"))
    assert log["runs"][0]["results"][0]["ruleId"] == "WAC101"


def test_output_file_that_cannot_be_written(project: Path) -> None:
    (project / "taken").write_text("")
    result = runner().invoke(cli, ["check", "-o", "taken/out.txt", "bad.py"])
    assert result.exit_code == 2
    assert "cannot write the report" in result.stderr


def test_every_format_renders_an_empty_report() -> None:
    for name in FORMATS:
        assert isinstance(renderer(name)(Report([], 0)), str), name
