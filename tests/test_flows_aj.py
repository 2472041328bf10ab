"""Red team AJ-F (flows): the general causes behind what heldout_aj found, as small inline
flows (one analysis per case, in process).

- A Bash / PowerShell step's result is the last line it prints, as a string Windmill
  does not parse (windmill-worker `bash_executor.rs`), unless the script writes
  `./result.json`: a field read on it is undefined (WAC503), it is no loop iterator
  and no object for an object parameter (WAC506).
- A Go step's `main` returns are read: map and struct literals are objects, slice
  literals lists, `return nil, err` the failing path (WAC506 / WAC503).
- A `//` comment in an expression YAML folds into one line (a `>` block, a plain or
  quoted value over several lines) comments out the lines after it (WAC507).
- In the failure module, `error.step_id` compared with an id no step has is constant
  (WAC503).
- A static input value `'!inline <file>'` reaches the step as that text: `wmill`
  inlines only a step's `content` (WAC500).
- A string parameter given an unquoted number says what YAML read (WAC506).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from wac_lint.engine import analyze_bytes

Finding = tuple[int, str, str, str]

TWO_STEPS = """\
summary: s
value:
  modules:
    - id: first
      value:
        type: rawscript
        language: {language}
        content: |
{code}
        input_transforms: {{}}
    - id: second
{second}
"""

READ = """\
      value:
        type: rawscript
        language: python3
        content: |
          def main(x=None, rows: dict = None):
              return x
        input_transforms:
          x:
            type: javascript
            expr: {expr}
"""

LOOP = """\
      value:
        type: forloopflow
        iterator:
          type: javascript
          expr: results.first
        skip_failures: false
        modules:
          - id: each
            value: {type: identity}
"""


@cache
def _findings(text: str, path: str = "f/aj/probe__flow/flow.yaml") -> tuple[Finding, ...]:
    result = analyze_bytes(text.encode(), path)
    return tuple((f.row, f.code, f.severity, f.message) for f in result.findings)


def _two(language: str, code: str, second: str) -> tuple[Finding, ...]:
    body = "\n".join("          " + line for line in code.strip("\n").split("\n"))
    return _findings(TWO_STEPS.format(language=language, code=body, second=second))


# --- Bash / PowerShell results are text ------------------------------------------------

BASH_JSON = 'n="${1:-0}"\necho "{\\"count\\": $n}"'
PWSH_JSON = 'param($N = 0)\nWrite-Output "{""count"": $N}"'


@pytest.mark.parametrize(
    ("language", "code", "label"),
    [("bash", BASH_JSON, "Bash"), ("powershell", PWSH_JSON, "PowerShell")],
)
def test_a_field_of_a_shell_step_result_is_undefined(language: str, code: str, label: str) -> None:
    found = _two(language, code, READ.format(expr="results.first.count"))
    assert [(c, s) for _, c, s, _ in found] == [("WAC503", "error")]
    assert found[0][3] == (
        f"`results.first.count`: step `first` is a {label} script, whose result is the "
        "last line it prints, as a string that Windmill does not parse (unless the script "
        "writes `./result.json`), which has no `count`, so it is undefined"
    )


@pytest.mark.parametrize(
    "expr", ["results.first.length", "results.first.trim()", "JSON.parse(results.first).count"]
)
def test_what_a_string_has_is_not_reported(expr: str) -> None:
    assert _two("bash", BASH_JSON, READ.format(expr=expr)) == ()


def test_a_shell_step_writing_result_json_is_not_judged() -> None:
    code = 'n="${1:-0}"\necho "{\\"count\\": $n}" > ./result.json'
    assert _two("bash", code, READ.format(expr="results.first.count")) == ()
    assert _two("bash", code, LOOP) == ()


def test_a_shell_step_result_is_no_iterator() -> None:
    found = _two("bash", BASH_JSON, LOOP)
    assert [c for _, c, _, _ in found] == ["WAC506"]
    assert "is a Bash script, whose result is the last line it prints" in found[0][3]


def test_a_python_string_result_has_no_field() -> None:
    code = 'def main():\n    return f"{1}-a"'
    found = _two("python3", code, READ.format(expr="results.first.id"))
    assert [m for _, _, _, m in found] == [
        "`results.first.id`: every `return` of step `first`'s `main` gives a string, "
        "which has no `id`, so it is undefined"
    ]


# --- Go returns -------------------------------------------------------------------------

GO_MAP = """\
package inner

func main() (interface{}, error) {
	tanks, err := list()
	if err != nil {
		return nil, err
	}
	return map[string]interface{}{"tanks": tanks, "count": len(tanks)}, nil
}"""

GO_SLICE = """\
package inner

func main() (interface{}, error) {
	return []string{"a", "b"}, nil
}"""

GO_CLOSURE = """\
package inner

func main() (interface{}, error) {
	f := func() (interface{}, error) { return []string{}, nil }
	return map[string]interface{}{"f": f}, nil
}"""


def test_a_go_object_result_is_no_iterator() -> None:
    found = _two("go", GO_MAP, LOOP)
    assert [c for _, c, _, _ in found] == ["WAC506"]
    assert "every `return` of step `first`'s `main` gives an object" in found[0][3]


def test_a_go_map_literal_has_its_keys_only() -> None:
    assert _two("go", GO_MAP, READ.format(expr="results.first.tanks")) == ()
    found = _two("go", GO_MAP, READ.format(expr="results.first.tank"))
    assert [c for _, c, _, _ in found] == ["WAC503"]
    assert found[0][3].endswith("and no `tank`, so it is undefined; did you mean `tanks`?")


def test_a_go_slice_result_is_a_list_and_closures_are_not_judged() -> None:
    assert _two("go", GO_SLICE, LOOP) == ()
    assert _two("go", GO_CLOSURE, LOOP) == ()


# --- `//` in folded expressions -----------------------------------------------------------

FOLDED = """\
summary: s
value:
  modules:
    - id: rows
      value: {{type: identity}}
    - id: use
      value:
        type: script
        path: hub/1/x
        input_transforms:
          ids:
            type: javascript
            expr: {expr}
"""


def _expr(expr: str) -> tuple[Finding, ...]:
    return _findings(FOLDED.format(expr=expr))


@pytest.mark.parametrize(
    ("expr", "how"),
    [
        (
            ">\n              results.rows // all rows\n              .map((r) => r.id)",
            "a `>` block",
        ),
        (
            "results.rows // all rows\n              .map((r) => r.id)",
            "a value written without quotes over several lines",
        ),
        (
            '"results.rows // all rows\n              .map((r) => r.id)"',
            "a quoted value written over several lines",
        ),
    ],
)
def test_a_comment_in_a_folded_expression_swallows_the_next_lines(expr: str, how: str) -> None:
    found = _expr(expr)
    assert [(c, s) for _, c, s, _ in found] == [("WAC507", "error")]
    assert found[0][3] == (
        "this `//` comment also comments out the lines after it: YAML joins the lines of "
        f"{how} into one, so `.map((r) => r.id)` is part of the comment and never runs; "
        "write the expression as a literal block (`|`), which keeps its line breaks, or "
        "use `/* ... */`"
    )


@pytest.mark.parametrize(
    "expr",
    [
        "|\n              results.rows // all rows\n              .map((r) => r.id)",
        ">\n              results.rows.map((r) => r.id) // ids\n",
        ">\n              results.rows.map((r) =>\n                r.id) // kept break\n"
        "                .filter(Boolean)",
        "\"'https://x.example/a//b' +\n              results.rows.length\"",
    ],
)
def test_comments_that_end_where_they_should_are_not_reported(expr: str) -> None:
    assert "WAC507" not in [c for _, c, _, _ in _expr(expr)]


# --- error.step_id in the failure module --------------------------------------------------

FAILURE = """\
summary: s
value:
  modules:
    - id: charge_card
      value: {{type: identity}}
  failure_module:
    id: failure
    value:
      type: script
      path: hub/1/notify
      input_transforms:
        team:
          type: javascript
          expr: "{expr}"
"""


def test_error_step_id_compared_with_no_step_id() -> None:
    found = _findings(FAILURE.format(expr="error.step_id === 'charge' ? 'billing' : 'ops'"))
    assert [(r, c, s) for r, c, s, _ in found] == [(14, "WAC503", "error")]
    assert found[0][3] == (
        "`error.step_id` is never `'charge'`: the failure module's `error.step_id` is the "
        "id of the step that failed, and no step of this flow has that id, so this "
        "comparison is always false; did you mean `charge_card`?"
    )
    found = _findings(FAILURE.format(expr="error.step_id !== 'refund'"))
    assert "so this comparison is always true" in found[0][3]


@pytest.mark.parametrize(
    "expr", ["error.step_id === 'charge_card'", "error.message === 'charge'", "error.step_id"]
)
def test_error_step_id_of_a_step_is_not_reported(expr: str) -> None:
    assert _findings(FAILURE.format(expr=expr)) == ()


# --- static `!inline` values, unquoted numbers ---------------------------------------------

STATIC = """\
summary: s
value:
  modules:
    - id: render
      value:
        type: rawscript
        language: python3
        content: |
          def main(template: str, code: str = ""):
              return template
        input_transforms:
          template:
            type: static
            value: {template}
          code:
            type: static
            value: {code}
"""


def test_a_static_inline_value_is_passed_as_text() -> None:
    found = _findings(STATIC.format(template="'!inline mail.html'", code="'x'"))
    assert [(r, c, s) for r, c, s, _ in found] == [(14, "WAC500", "error")]
    assert found[0][3].startswith(
        "`template` gets the text `!inline mail.html`, not the file's contents: `wmill sync "
        "push` replaces `!inline <file>` only in a step's `content` (and `lock`)"
    )


@pytest.mark.parametrize(
    ("code", "note"),
    [
        ("0042", "the number 42, without its leading zeros; quote it, `'0042'`"),
        ("12.50", "the number 12.5; quote it, `'12.50'`"),
        ("true", "the boolean true; quote it, `'true'`"),
    ],
)
def test_an_unquoted_number_for_a_string_says_what_yaml_read(code: str, note: str) -> None:
    found = _findings(STATIC.format(template="'<p>'", code=code))
    assert [(r, c) for r, c, _, _ in found] == [(17, "WAC506")]
    assert f"(YAML reads the unquoted `{code}` as {note}, to pass the text)" in found[0][3]


def test_a_quoted_code_is_fine() -> None:
    assert _findings(STATIC.format(template="'<p>'", code="'0042'")) == ()


BY_PATH = """\
summary: s
value:
  modules:
    - id: first
      value:
        type: script
        path: f/x/count
        input_transforms:
          n: {type: static, value: '3'}
          N: {type: static, value: '3'}
    - id: second
      value:
        type: script
        path: hub/1/x
        input_transforms:
          x: {type: javascript, expr: results.first.count}
"""


@pytest.mark.parametrize(
    ("name", "code", "found"),
    [
        ("count.sh", 'n="$1"\necho "{\\"count\\": $n}"\n', ["WAC503"]),
        ("count.sh", 'n="$1"\necho "{\\"count\\": $n}" > ./result.json\n', []),
        (
            "count.go",
            "package inner\n\nfunc main(n string) (interface{}, error) {\n"
            '\treturn map[string]interface{}{"total": n}, nil\n}\n',
            ["WAC503"],
        ),
        ("count.ps1", 'param($N)\nWrite-Output "{""count"": $N}"\n', ["WAC503"]),
    ],
)
def test_scripts_by_path_are_read_like_inline_steps(
    tmp_path: Path, name: str, code: str, found: list[str]
) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    (tmp_path / "f" / "x" / "flow__flow").mkdir(parents=True)
    (tmp_path / "f" / "x" / name).write_text(code)
    flow = tmp_path / "f" / "x" / "flow__flow" / "flow.yaml"
    flow.write_text(BY_PATH)
    result = analyze_bytes(flow.read_bytes(), str(flow))
    assert [f.code for f in result.findings if f.code == "WAC503"] == found


def test_error_step_id_listed_with_no_step_id() -> None:
    expr = "['charge', 'charge_card'].includes(error.step_id) ? 'billing' : 'ops'"
    found = _findings(FAILURE.format(expr=expr))
    assert [(r, c) for r, c, _, _ in found] == [(14, "WAC503")]
    assert found[0][3] == (
        "`error.step_id` is never `'charge'`: the failure module's `error.step_id` is the "
        "id of the step that failed, and no step of this flow has that id, so this entry "
        "of the list never matches; did you mean `charge_card`?"
    )
    assert _findings(FAILURE.format(expr="['charge_card'].includes(error.step_id)")) == ()
