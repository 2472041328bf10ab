"""Bash steps' inputs, as Windmill's bash parser (windmill-parser-bash
`parse_bash_file`) reads them: the cases of its own unit test, plus the
boundaries of its regex."""

from __future__ import annotations

from pathlib import Path

from wac_lint.engine import analyze_bytes
from wac_lint.flows.bash_signature import BashInput, bash_inputs


def test_windmills_own_example() -> None:
    code = (
        '\ntoken="$1"\nimage="$2"\ndigest="${3:-latest with spaces}"\n'
        'text="$4" # with comment\nnon_required="${5:-}"\n\n\n'
    )
    assert bash_inputs(code) == (
        BashInput("token", None),
        BashInput("image", None),
        BashInput("digest", "latest with spaces"),
        BashInput("text", None),
        BashInput("non_required", ""),
    )


def test_inputs_stop_at_the_first_undeclared_number() -> None:
    assert bash_inputs('a="$1"\nc="$3"\n') == (BashInput("a", None),)
    assert bash_inputs('b="$2"\n') == ()


def test_only_whole_quoted_lines_declare_an_input() -> None:
    code = 'a=$1\n  b="$1"\nlocal c="$1"\nd="$1" extra\ne="${1}"\n'
    assert bash_inputs(code) == (BashInput("e", None),)


def _flow(tmp_path: Path, body: str) -> list[tuple[int, str, str]]:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "ops"
    (folder / "run__flow").mkdir(parents=True)
    (folder / "rotate.sh").write_text('service="$1"\nkeep="${2:-3}"\necho "$service $keep"\n')
    path = folder / "run__flow" / "flow.yaml"
    path.write_text(body)
    result = analyze_bytes(path.read_bytes(), str(path))
    return [(f.row, f.code, f.message) for f in result.findings]


def test_a_bash_script_by_path_is_checked(tmp_path: Path) -> None:
    found = _flow(
        tmp_path,
        "summary: s\nvalue:\n  modules:\n    - id: rotate\n      value:\n"
        "        type: script\n        path: f/ops/rotate\n        input_transforms:\n"
        "          keep: {type: static, value: 5}\n          servce: {type: static, value: api}\n",
    )
    assert found == [
        (
            8,
            "WAC506",
            "the bash script rotate.sh takes `service` (no default), but `input_transforms` "
            "gives it no value",
        ),
        (
            10,
            "WAC506",
            "`servce` is not a parameter of the bash script rotate.sh: the value goes nowhere",
        ),
    ]


def test_a_bash_input_takes_any_static_type(tmp_path: Path) -> None:
    found = _flow(
        tmp_path,
        "summary: s\nvalue:\n  modules:\n    - id: rotate\n      value:\n"
        "        type: script\n        path: f/ops/rotate\n        input_transforms:\n"
        "          service: {type: static, value: api}\n          keep: {type: static, value: 5}\n",
    )
    assert found == []


def test_a_script_known_by_its_metadata_is_checked(tmp_path: Path) -> None:
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    folder = tmp_path / "f" / "db"
    (folder / "report__flow").mkdir(parents=True)
    # a file wac-lint does not read itself (a `.frontend.js`; SQL, GraphQL, PowerShell, PHP,
    # Rust, C#, Ruby, Java, R, Nu and Ansible files are read: test_flow_sql_inputs,
    # test_flow_graphql_inputs, test_flow_powershell_inputs, test_flow_other_inputs,
    # test_heldout_o_messages)
    (folder / "top.frontend.js").write_text("export function main() {}\n")
    (folder / "top.script.yaml").write_text(
        "summary: ''\nschema:\n  type: object\n  properties:\n"
        "    database: {type: object, format: resource-postgresql}\n"
        "    min_total: {type: integer, default: null}\n"
        "  required: [database, min_total]\n"
    )
    path = folder / "report__flow" / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n    - id: top\n      value:\n"
        "        type: script\n        path: f/db/top\n        input_transforms:\n"
        "          database: {type: static, value: '$res:f/db/main'}\n"
    )
    result = analyze_bytes(path.read_bytes(), str(path))
    assert [(f.row, f.code, f.message) for f in result.findings] == [
        (
            8,
            "WAC506",
            "the schema in top.script.yaml takes `min_total` (no default), but "
            "`input_transforms` gives it no value",
        )
    ]


def test_go_inputs_as_windmills_own_example() -> None:
    from wac_lint.flows.go_signature import GoInput, go_inputs

    code = (
        '\n\npackage main\n\nimport "fmt"\n\nfunc main(x int, y string, z bool, l []string, '
        'o struct { Name string `json:"name"` }, n interface{}, m map[string]interface{}) {\n'
        '    fmt.Println("hello world")\n}    \n\n'
    )
    assert go_inputs(code) == (
        GoInput("x", "integer"),
        GoInput("y", "string"),
        GoInput("z", "boolean"),
        GoInput("l", "array"),
        GoInput("o", "object"),
        GoInput("n", "object"),
        GoInput("m", "object"),
    )


def test_go_inputs_left_unjudged() -> None:
    from wac_lint.flows.go_signature import go_inputs

    assert go_inputs("package inner\n\nfunc helper(a string) {}\n") is None  # no main
    grouped = "package inner\nfunc main(a, b string) (interface{}, error) {\n\treturn nil, nil\n}\n"
    assert go_inputs(grouped) is None
    indented = "package inner\n  func main(a string) {}\n"  # not at a line's start
    assert go_inputs(indented) is None


def test_a_go_step_is_checked(tmp_path: Path) -> None:
    folder = tmp_path / "f" / "x" / "g__flow"
    folder.mkdir(parents=True)
    path = folder / "flow.yaml"
    path.write_text(
        "summary: s\nvalue:\n  modules:\n    - id: g\n      value:\n"
        "        type: rawscript\n        language: go\n        content: |\n"
        "          package inner\n\n"
        "          func main(word string, n int) (interface{}, error) {\n"
        "          \treturn word, nil\n          }\n"
        "        input_transforms:\n          word: {type: static, value: hi}\n"
    )
    result = analyze_bytes(path.read_bytes(), str(path))
    assert [(f.row, f.message) for f in result.findings] == [
        (
            14,
            "`main` of step `g` takes `n` (no default), but `input_transforms` gives it no value",
        )
    ]
