"""Red team Q (blind flows, `tests/flows/repo/f/heldout_q`): what a step's target
really receives (Python keyword-only parameters), what a loop's iterator really
holds, fields of object inputs, and flow options Windmill reads as numbers of a
type. Every finding with its exact message and severity."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import file_findings, flow_file

ROOT = Path(__file__).parent / "flows" / "repo" / "f" / "heldout_q"

# windmill-worker python_executor.rs: `args["x"] = kwargs.get("x")` for each input the
# parser read, then `main(**args)`; windmill-parser-py leaves out keyword-only ones
KEYWORD_ONLY = (
    "Windmill's parser leaves keyword-only parameters (after `*`) out of the script's "
    "inputs and calls `main` with only the others"
)


def _required_keyword_only(name: str) -> str:
    return (
        f"`{name}` is keyword-only in `main` of step `pick`, with no default: {KEYWORD_ONLY}, "
        f"so `main` never receives it and the step always fails with a TypeError; move "
        f"`{name}` before the `*`"
    )


# worker_flow.rs deserializes the iterator's value as an array: "Expected an array
# value in the iterator expression, found: invalid type: map ..."
def _not_a_list(read: str, why: str, hint: str) -> str:
    return (
        f"`iterator` must give the list to loop over, but `{read}` is not a list ({why}): "
        f"Windmill wants an array and the flow fails at this loop; {hint}"
    )


def _object_hint(read: str) -> str:
    return f"loop over one of its list fields, or `Object.values({read})`"


# windmill-common flows.rs `validate_flow_value` reads the flow into Rust integers
REFUSED = 'Windmill refuses the flow when it is saved or pushed ("Invalid flow value")'

# windmill-worker bun_executor.rs / deno_executor.rs: the wrapper imports `main` by name
NOT_IMPORTED = (
    'Windmill\'s wrapper runs `import { main } from "./main.ts"`, which finds no export named '
    "`main`, so the step fails; write `export async function main(...)`"
)

EXPECTED: dict[str, list[tuple[int, str, str, str]]] = {
    # was ts_main_export_forms_ok: `export const main = async (name) => name` is imported,
    # but windmill-parser-ts (windmill-oracle sig: `auto_kind: lib`, no args) reads no
    # parameter from it, and the wrapper spreads exactly those, so `name` never arrives
    "m_ts_main_export_forms__flow": [
        (
            20,
            "WAC506",
            "error",
            (
                "`main` of step `b` is a function assigned to a variable: Windmill's parser "
                "reads parameters only from a `function main(...)` declaration, finds none "
                "here, and the worker calls `main()` with no arguments, so `name` never "
                "reaches it; write `export async function main(...)`"
            ),
        ),
    ],
    "m_path_ts_unexported__flow": [
        (7, "WAC506", "error", f"`main` of notify_unexported.ts is not exported: {NOT_IMPORTED}")
    ],
    "m_result_field_typo.flow": [
        (
            20,
            "WAC503",
            "error",
            "`results.load.count`: every `return` of step `load`'s `main` gives an object with "
            "`rows`, `total` and no `count`, so it is undefined",
        )
    ],
    "m_path_result_field_missing__flow": [
        (
            18,
            "WAC503",
            "error",
            "`results.summary.row_count`: every `return` of step `summary`'s `main` gives an "
            "object with `day`, `rows` and no `row_count`, so it is undefined",
        )
    ],
    "m_inline_ts_file_unexported.flow": [
        (8, "WAC506", "error", f"`main` of send.ts is not exported: {NOT_IMPORTED}")
    ],
    "m_loop_approval_form_field__flow": [
        (
            31,
            "WAC509",
            "error",
            "`resume.reason` is not a field of the approval form of `show` (its `resume_form` "
            "declares `ok`): the approval page posts only those, so it is undefined unless the "
            "approver's call passes it anyway",
        )
    ],
    "m_nested_loop_inner_object.flow": [
        (
            21,
            "WAC506",
            "error",
            _not_a_list(
                "results.members",
                "every `return` of step `members`'s `main` gives an object",
                _object_hint("results.members"),
            ),
        )
    ],
    "m_py_positional_only.flow": [
        (
            12,
            "WAC506",
            "error",
            "`template` is positional-only in `main` of step `fmt`, with no default: "
            "Windmill's parser leaves positional-only parameters (before `/`) out of the "
            "script's inputs and calls `main` with only the others, so `main` never receives "
            "it and the step always fails with a TypeError; move `template` after the `/`",
        )
    ],
    # third blind batch
    "m_bun_main_not_exported.flow": [
        (8, "WAC506", "error", f"`main` of step `hello` is not exported: {NOT_IMPORTED}")
    ],
    "m_deno_default_export__flow": [
        (
            8,
            "WAC506",
            "error",
            f"`main` of step `hello` is the module's default export: {NOT_IMPORTED}",
        )
    ],
    "m_all_iters_result_field__flow": [
        (
            6,
            "WAC509",
            "error",
            "`result.failed` in the `stop_after_all_iters_if` of loop `checks`: it runs after "
            "the last one, with `result` the list of the iterations' results, which has no "
            "`failed`, so the condition reads undefined; test the entries "
            "(`result.some((r) => r.failed)`)",
        )
    ],
    "m_branchall_index_past_end.flow": [
        (
            30,
            "WAC503",
            "error",
            "`results.fetch_all[2]`: branchall `fetch_all` has 2 branches, so its result is a "
            "list of 2 (entries 0 to 1); entry 2 is undefined",
        )
    ],
    # second blind batch: the same classes in other shapes
    "m_iterator_path_script_object__flow": [
        (
            14,
            "WAC506",
            "error",
            _not_a_list(
                "results.summary",
                "every `return` of step `summary`'s `main` gives an object",
                _object_hint("results.summary"),
            ),
        )
    ],
    "m_iterator_result_count_field.flow": [
        (
            18,
            "WAC506",
            "error",
            _not_a_list(
                "results.load.total",
                "every `return` of step `load`'s `main` gives an object whose `total` is a number",
                "build the list (`Array.from({ length: results.load.total }, (_, i) => i)`)",
            ),
        )
    ],
    "m_iterator_string_input__flow": [
        (
            10,
            "WAC506",
            "error",
            _not_a_list(
                "flow_input.regions",
                "the flow's schema declares input `regions` as a string",
                "split it (`flow_input.regions.split(',')`)",
            ),
        )
    ],
    "m_nested_field_in_branch__flow": [
        (
            8,
            "WAC504",
            "error",
            "`flow_input.settings.modee` is not a field of input `settings` (its schema "
            "declares `mode`, `limit`): the run form asks only for those, so it is undefined "
            "unless a caller passes it anyway",
        )
    ],
    "m_suspend_timeout_negative.flow": [
        (
            12,
            "WAC500",
            "error",
            "`timeout` is read as a whole number from 0 to 4294967295, but the value is -1: "
            f"{REFUSED}",
        )
    ],
    "m_random_factor_too_big__flow": [
        (
            9,
            "WAC500",
            "error",
            "`random_factor` is read as a whole number from -128 to 127, but the value is 150: "
            f"{REFUSED}",
        )
    ],
    "m_ts_path_enum_outside.flow": [
        (9, "WAC506", "warning", "`turbo` is not one of the values `mode` accepts (fast, safe)")
    ],
    "m_py_inline_file_kwonly__flow": [
        (
            11,
            "WAC506",
            "error",
            f"`key` is keyword-only in `main` of pick.py, with no default: {KEYWORD_ONLY}, so "
            "`main` never receives it and the step always fails with a TypeError; move `key` "
            "before the `*`",
        )
    ],
    "m_resume_bracket_undeclared__flow": [
        (
            28,
            "WAC509",
            "error",
            "`resume.note` is not a field of the approval form of `review` (its `resume_form` "
            "declares `decision`): the approval page posts only those, so it is undefined "
            "unless the approver's call passes it anyway",
        )
    ],
    "m_step_custom_key_no_limit.flow": [
        (
            11,
            "WAC500",
            "warning",
            "`custom_concurrency_key` takes effect only with `concurrent_limit`: Windmill "
            "limits step `sync`'s jobs only when a limit is set, so without one the setting "
            "does nothing; add `concurrent_limit`",
        )
    ],
    # targets by path (a `__flow` subflow, a script whose untyped default gives the type)
    "m_path_py_dict_given_list__flow": [
        (10, "WAC506", "warning", "`options` is an object, but the static value is an array")
    ],
    "m_path_py_list_given_string__flow": [
        (9, "WAC506", "warning", "`tags` is an array, but the static value is a string")
    ],
    "m_path_py_untyped_default_word.flow": [
        (11, "WAC506", "warning", "`retries` is an integer, but the static value is a string")
    ],
    "m_path_ts_default_type.flow": [
        (10, "WAC506", "warning", "`factor` is an integer, but the static value is a string")
    ],
    "m_path_ts_missing_name__flow": [
        (
            8,
            "WAC506",
            "error",
            "`main` of scale.ts takes `name` (no default), but `input_transforms` gives it no "
            "value",
        )
    ],
    "m_subflow_dunder_typo__flow": [
        (
            8,
            "WAC506",
            "error",
            "flow f/heldout_q/lib/child takes `region` (no default), but `input_transforms` "
            "gives it no value",
        ),
        (
            9,
            "WAC506",
            "warning",
            "`regoin` is not a parameter of flow f/heldout_q/lib/child: the value goes nowhere",
        ),
    ],
    "m_subflow_limit_word.flow": [
        (10, "WAC506", "warning", "`limit` is an integer, but the static value is a string")
    ],
    "m_reads_failure_module__flow": [
        (
            16,
            "WAC503",
            "error",
            "`results.failure`: the failure module runs only after a step has failed",
        )
    ],
    "m_resume_form_undeclared.flow": [
        (
            25,
            "WAC509",
            "error",
            "`resume.comment` is not a field of the approval form of `draft` (its "
            "`resume_form` declares `approved`): the approval page posts only those, so it is "
            "undefined unless the approver's call passes it anyway",
        )
    ],
    "m_cache_ttl_negative.flow": [
        (
            3,
            "WAC500",
            "error",
            "`cache_ttl` is read as a whole number from 0 to 4294967295, but the value is "
            f"-60: {REFUSED}",
        )
    ],
    "m_step_cache_ttl_fraction__flow": [
        (
            5,
            "WAC500",
            "error",
            f"`cache_ttl` is read as a whole number, but the value is 0.5: {REFUSED}",
        )
    ],
    "m_exponential_no_base__flow": [
        (
            7,
            "WAC500",
            "error",
            "exponential retries need `seconds` (the backoff base) above 0, but it is not set "
            "(0): Windmill refuses the flow when it is saved or pushed (\"Module 'call': "
            'Exponential backoff base (seconds) must be greater than 0")',
        )
    ],
    "m_concurrency_window_no_limit.flow": [
        (
            3,
            "WAC500",
            "warning",
            "`concurrency_key` and `concurrency_time_window_s` take effect only with "
            "`concurrent_limit`: Windmill limits this flow's runs only when a limit is set, so "
            "without one the setting does nothing; add `concurrent_limit`",
        )
    ],
    "m_step_concurrency_window_no_limit__flow": [
        (
            12,
            "WAC500",
            "warning",
            "`concurrency_time_window_s` takes effect only with `concurrent_limit`: Windmill "
            "limits step `call_api`'s jobs only when a limit is set, so without one the "
            "setting does nothing; add `concurrent_limit`",
        )
    ],
    "m_nested_input_typo__flow": [
        (
            10,
            "WAC504",
            "error",
            "`flow_input.db.hostname` is not a field of input `db` (its schema declares "
            "`host`, `port`): the run form asks only for those, so it is undefined unless a "
            "caller passes it anyway",
        )
    ],
    "m_iterator_object_result.flow": [
        (
            14,
            "WAC506",
            "error",
            _not_a_list(
                "results.load",
                "every `return` of step `load`'s `main` gives an object",
                _object_hint("results.load"),
            ),
        )
    ],
    "m_iterator_python_dict__flow": [
        (
            18,
            "WAC506",
            "error",
            _not_a_list(
                "results.fetch",
                "every `return` of step `fetch`'s `main` gives an object",
                _object_hint("results.fetch"),
            ),
        )
    ],
    "m_iterator_string_result.flow": [
        (
            16,
            "WAC506",
            "error",
            _not_a_list(
                "results.csv",
                "every `return` of step `csv`'s `main` gives a string",
                "split it (`results.csv.split(',')`)",
            ),
        )
    ],
    "m_iterator_number_input__flow": [
        (
            8,
            "WAC506",
            "error",
            _not_a_list(
                "flow_input.count",
                "the flow's schema declares input `count` as an integer",
                "build the list (`Array.from({ length: flow_input.count }, (_, i) => i)`)",
            ),
        )
    ],
    "m_iterator_object_input.flow": [
        (
            8,
            "WAC506",
            "error",
            _not_a_list(
                "flow_input.envs",
                "the flow's schema declares input `envs` as an object",
                _object_hint("flow_input.envs"),
            ),
        )
    ],
    "m_py_kwonly_missing__flow": [(11, "WAC506", "error", _required_keyword_only("limit"))],
    "m_py_kwonly_given.flow": [(13, "WAC506", "error", _required_keyword_only("limit"))],
    "m_py_kwonly_default_given__flow": [
        (
            13,
            "WAC506",
            "warning",
            f"`sep` is keyword-only in `main` of step `pick`: {KEYWORD_ONLY}, so the value "
            "never reaches `main` and its default applies; move `sep` before the `*`",
        )
    ],
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_messages(name: str) -> None:
    assert file_findings(flow_file(ROOT / name)) == EXPECTED[name]


def test_every_mistake_flow_is_pinned() -> None:
    assert {f.name for f in ROOT.iterdir() if f.name.startswith("m_")} == set(EXPECTED)


def test_correct_flows_have_no_finding() -> None:
    for folder in sorted(ROOT.iterdir()):
        if folder.name.startswith("m_") or folder.name == "lib":
            continue
        assert file_findings(flow_file(folder)) == [], folder.name


@pytest.mark.parametrize(
    ("language", "code", "kind"),
    [
        ("python3", "def main():\n    return {'a': 1}\n", "object"),
        ("python3", "def main(x):\n    if x:\n        return 'a'\n    return f'{x}'\n", "string"),
        ("python3", "def main(x):\n    if x:\n        return 1\n    return 'a'\n", None),
        ("python3", "def main():\n    return True\n", "boolean"),
        ("python3", "def main():\n    return None\n", None),
        ("bun", "export async function main() { return { rows: [] } }", "object"),
        ("bun", "export async function main() { return `a${1}` }", "string"),
        ("deno", "export const main = async () => ({ a: 1 })", "object"),
        ("bun", "export async function main(x: number) { return x + 1 }", None),
        # Go's `main` is read since round AJ; a Bash step's result is its last line
        ("go", 'package inner\nfunc main() (string, error) { return "a", nil }', "string"),
        ("go", "package inner\nfunc main(s string) (string, error) { return s, nil }", None),
        ("bash", 'echo "{\\"a\\": 1}"\n', "string"),
        ("bash", 'echo "{\\"a\\": 1}" > ./result.json\n', None),
    ],
)
def test_what_a_step_returns(language: str, code: str, kind: str | None) -> None:
    from wac_lint.flows.returns import return_kind

    assert return_kind(language, code) == kind


@pytest.mark.parametrize(
    ("language", "code", "keys"),
    [
        (
            "bun",
            "export async function main() { const r = 1; return { r, 'a-b': 2 } }",
            {"r", "a-b"},
        ),
        ("bun", "export async function main(o: any) { return { ...o, a: 1 } }", None),
        (
            "bun",
            "export async function main(x: any) { if (x) { return { a: 1 } } return [x] }",
            None,
        ),
        (
            "python3",
            "def main(x):\n    if x:\n        return {'a': 1}\n    return {'b': 2}\n",
            {"a", "b"},
        ),
        ("python3", "def main(x):\n    return {**x, 'b': 2}\n", None),
        ("python3", "def main(x):\n    if x:\n        return {'a': 1}\n", None),
    ],
)
def test_which_keys_a_step_returns(language: str, code: str, keys: set[str] | None) -> None:
    from wac_lint.flows.returns import returned_keys

    assert returned_keys(language, code) == (frozenset(keys) if keys is not None else None)
