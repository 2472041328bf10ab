"""A fifth Windmill repository (`fl_repo/`, dotted `.flow/` folders, every
`.script.yaml` written by Windmill's own CLI through `windmill-oracle
script-yaml`): workflows calling a flow and a script by path, a flow calling a
flow and a workflow script by path, and helpers imported from `f/common/`.

What it checks across files: `task_flow` / `taskFlow` arguments against the
flow's `schema` (a typo, an enum value it does not list, the folder name
`ingest.flow` written as the path), positional arguments to by-path tasks
(windmill-client 1.818.0 sends `{arg0, ...}`, wmill 1.850.0 takes keywords
only); a flow's `flow` / `script` steps against the subflow's schema and the
workflow's `main`; and helpers reached in the ways modules export them:
TypeScript objects of functions named by shorthand (`export const utils = {
now }`, `export default { stamp }`), a local function exported under another
name (`export { roll as pickOne }`), a default-exported class's static method,
a namespace import's object member (`tools.utils.roll()`); Python module-level
aliases (`now = Clock.now`, `jitter = lambda: ...`) and a class method through
a module imported whole (`t2.Clock.now()`); and a method of a module-level
instance another module builds (`client = ApiClient(...)`, `export const crm =
new CrmClient(...)`), imported by name, or built by a function or class method
imported from there (`makeCrm(...)`, `Session.from_env()` returning `cls(...)`,
`with Session(...) as s` whose `__enter__` returns `self`), with methods the
class inherits from a base class of its module; functions wrapped at module
level (`getUser = cached(async (id) => ...)`, `stamp = lru_cache(maxsize=1)(_stamp)`,
`get_doc = partial(_get)`, `f.common.http_util.Api.fetch()` spelled whole), but
not a shared module's tasks (`fetchUser = task(async ...)`, `fetch_user =
task()(_get)`): calling those dispatches a durable step. Workflow steps written
in a flow (`content: |`) follow their workspace imports too. A library client or
function another module binds (`s3 = boto3.client("s3")`, `fetch = requests.get`)
is the library's when the body calls it. Every file gets exactly the
findings its `expect:` comments mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "fl_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts") or p.name == "flow.yaml")


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def _messages(name: str) -> list[str]:
    return [f.message for f in analyze_source(read_source(REPO / name)).findings]


def test_repository_shape() -> None:
    # the targets (`f/etl/extract`, the flows `f/etl/ingest`, `f/etl/monthly`) and
    # `f/common/` are correct
    targets = ("ingest.flow", "monthly.flow")
    callers = [p for p in FILES if "common" not in p.parts and p.parent.name not in targets]
    callers.remove(REPO / "f/etl/extract.py")
    correct = [p for p in callers if not expected(p)]
    assert len(callers) >= 20 and len(correct) >= 0.35 * len(callers)
    for path in callers:
        name = path.parent.name if path.name == "flow.yaml" else path.stem
        assert name.endswith("_ok") == (not expected(path)), path
    for path in FILES:
        if path.parent.name.endswith("__mod"):  # a script with modules: one script.yaml
            assert (path.parent / "script.yaml").is_file(), path
        elif path.suffix in (".py", ".ts") and ".flow" not in path.parent.name:
            assert path.with_suffix(".script.yaml").is_file(), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def test_helpers_exported_by_shorthand_rename_and_default_class() -> None:
    assert _messages("f/reports/tools_shorthand_body.ts") == [
        "`Date.now` (reached through `main → f/common/tools.ts.utils.now → Date.now`) reads "
        "the clock: the value changes between replays of the workflow body; capture it "
        "with `step(...)`",
        "`Math.random` (reached through `main → f/common/tools.ts.pickOne → Math.random`) is "
        "random: the value changes between replays of the workflow body; capture it with "
        "`step(...)`",
        "`performance.now` (reached through `main → f/common/tools.ts.default.tick → "
        "performance.now`) reads the clock: the value changes between replays of the "
        "workflow body; capture it with `step(...)`",
        "`Math.random` (reached through `main → f/common/tools.ts.utils.roll → Math.random`) "
        "is random: the value changes between replays of the workflow body; capture it with "
        "`step(...)`",
    ]
    assert _messages("f/reports/clock_default_body.ts") == [
        "`Date.now` (reached through `main → f/common/clock.ts.default.stamp → Date.now`) "
        "reads the clock: the value changes between replays of the workflow body; capture "
        "it with `step(...)`"
    ]


def test_python_module_level_aliases_and_class_through_module() -> None:
    assert _messages("f/reports/tools_alias_body.py") == [
        "`time.time` (reached through `main → f.common.tools2.now → time.time`) reads the "
        "clock: the value changes between replays of the workflow body; capture it with "
        "`step(...)`",
        "`random.random` (reached through `main → f.common.tools2.jitter → random.random`) "
        "is random: the value changes between replays of the workflow body; capture it with "
        "`step(...)`",
        "`time.time` (reached through `main → f.common.tools2.Clock.now → time.time`) reads "
        "the clock: the value changes between replays of the workflow body; capture it with "
        "`step(...)`",
    ]


def test_flow_targets_named_with_the_schema() -> None:
    assert _messages("f/etl/run_ingest_enum.ts") == [
        "`mode` of `f/etl/ingest` is one of `full`, `delta`, not `partial` (from the "
        "`schema` of f/etl/ingest.flow/flow.yaml)"
    ]
    assert _messages("f/etl/run_ingest_folder_path.py") == [
        "`f/etl/ingest.flow` is the folder (or file) name of flow `f/etl/ingest`, not its path: "
        "`wmill sync pull` adds that suffix to the name it writes, so Windmill looks for "
        "another flow and the job fails; write `f/etl/ingest`"
    ]
    assert _messages("f/reports/digest.flow/flow.yaml") == [
        "`weekly` is not one of the values `mode` accepts (full, delta)",
        "`main` of run_ingest_ok.py takes `source` (no default), but `input_transforms` "
        "gives it no value",
        "`src` is not a parameter of `main` of run_ingest_ok.py: the value goes nowhere",
    ]


def test_methods_of_an_imported_module_level_instance() -> None:
    assert _messages("f/etl/instance_io_body.py") == [
        "`requests.get` (reached through `main → f.common.api.client.get → requests.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`"
    ]
    assert _messages("f/reports/instance_io_body.ts") == [
        "`fetch` (reached through `main → f/common/crm.ts.crm.push → fetch`) does network "
        "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
        "`step(...)`"
    ]


def test_instances_built_by_an_imported_factory_classmethod_or_with() -> None:
    assert _messages("f/etl/factory_io_body.py") == [
        "`requests.get` (reached through `main → f.common.api.Session.get → requests.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`",
        "`requests.get` (reached through `main → f.common.api.ApiClient.get → requests.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`",
        "`requests.get` (reached through `main → f.common.api.Session.get → requests.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`",
    ]
    assert [m.split(" (")[1].split(")")[0] for m in _messages("f/reports/factory_io_body.ts")] == [
        "reached through `main → f/common/crm.ts.Contacts.list → fetch`",
        "reached through `main → f/common/crm.ts.CrmClient.push → fetch`",
    ]


def test_functions_wrapped_at_module_level_but_not_shared_tasks() -> None:
    assert _messages("f/etl/wrapped_body.py") == [
        "`time.time` (reached through `main → f.common.wrappers.stamp → time.time`) reads "
        "the clock: the value changes between replays of the workflow body; capture it with "
        "`step(...)`",
        "`requests.get` (reached through `main → f.common.wrappers.get_doc → requests.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`",
        "`requests.get` (reached through `main → f.common.http_util.Api.fetch → "
        "f.common.http_util.get_json → requests.get`) does network I/O in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`",
    ]
    assert _messages("f/etl/shared_tasks_ok.py") == []
    assert _messages("f/reports/shared_tasks_ok.ts") == []


def test_workflow_steps_written_in_a_flow_follow_imports_and_task_paths() -> None:
    # `f/reports/embedded_steps.flow`: code in `content: |`, named `<id>.inline_script.py`
    # in the flow's folder (no such file): its imports resolve from there
    assert _messages("f/reports/embedded_steps.flow/flow.yaml") == [
        "`requests.get` (reached through `main → f.common.http_util.get_json → requests.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`",
        "`Date.now` (reached through `main → f/common/clock.ts.stamp → Date.now`) reads the "
        "clock: the value changes between replays of the workflow body; capture it with "
        "`step(...)`",
        "`f/etl/ingest_all` matches no flow in this repository",
        "`f/etl/extract` requires `source` (no default, from the `main` signature of "
        "f/etl/extract.py), which this call does not pass",
        "`src` is not a parameter of `f/etl/extract` (it takes `source`, `limit`, from the "
        "`main` signature of f/etl/extract.py); did you mean `source`?",
    ]


def test_a_flow_input_required_with_a_default_may_be_left_out() -> None:
    # as a flow's `flow` step is judged (WAC506): the schema's default fills it
    assert _messages("f/etl/monthly_default_ok.py") == []
    assert _messages("f/etl/monthly_missing_flag.ts") == [
        "`f/etl/monthly` requires `dry_run` (no default, from the `schema` of "
        "f/etl/monthly.flow/flow.yaml), which this call does not pass"
    ]


def test_a_typescript_helper_that_is_a_script_with_modules() -> None:
    # `/f/common/stamps.ts` is the script `f/common/stamps`: `f/common/stamps__mod/script.ts`
    assert _messages("f/reports/mod_helper_body.ts") == [
        "`Date.now` (reached through `main → f/common/stamps.ts.stampNow → Date.now`) reads "
        "the clock: the value changes between replays of the workflow body; capture it with "
        "`step(...)`"
    ]


def test_a_workspace_method_named_like_a_driver_is_judged_by_what_it_does() -> None:
    # `db.query` / `db.execute` on an object `../common/store.ts` exports: its methods are
    # walked, so the method name's guess ("talks to a database") is not reported as well
    assert _messages("f/reports/store_query_body.ts") == [
        "`fetch` (reached through `main → f/common/store.ts.db.query → fetch`) does network "
        "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
        "`step(...)`"
    ]
    assert _messages("f/reports/store_execute_ok.ts") == []


def test_a_library_client_or_function_another_module_binds() -> None:
    # `f/common/clients.py`: `s3 = boto3.client("s3")`, `session = requests.Session()`,
    # `fetch = requests.get`; the body calls the library, as if it had built them itself
    assert _messages("f/etl/library_client_body.py") == [
        "`fetch` does network I/O in the workflow body, which re-runs on every replay; move "
        "it into a task or a `step(...)`",
        "`session.post` does network I/O in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`",
        "`s3.put_object` calls a cloud or external API in the workflow body, which re-runs on "
        "every replay; move it into a task or a `step(...)`",
    ]
    assert _messages("f/reports/library_client_body.ts") == [
        "`s3.send` calls a cloud or external API in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    ]


def test_a_namespace_re_exported_by_a_barrel() -> None:
    # `export * as tools from "./tools.ts"`: `tools.pickOne` is `pickOne` of tools.ts
    assert [
        m.split(" (")[1].split(")")[0] for m in _messages("f/reports/barrel_namespace_body.ts")
    ] == [
        "reached through `main → f/common/barrel.ts.tools.pickOne → f/common/tools.ts.pickOne "
        "→ Math.random`",
        "reached through `main → f/common/barrel.ts.clock.stamp → f/common/clock.ts.default.stamp "
        "→ Date.now`",
    ]


def test_an_object_of_functions_imported_by_the_module_that_exports_it() -> None:
    # `export const http = { getUser, time: stamp }`, both imported from other modules;
    # `HANDLERS = {"fetch": get_json, ...}` with `get_json` from f.common.http_util
    assert [
        m.split(" (")[1].split(")")[0] for m in _messages("f/reports/object_of_imports_body.ts")
    ] == [
        "reached through `main → f/common/http_api.ts.http.getUser → f/common/wrap.ts.getUser "
        "→ fetch`",
        "reached through `main → f/common/http_api.ts.http.time → f/common/clock.ts.stamp "
        "→ Date.now`",
    ]
    assert [
        m.split(" (")[1].split(")")[0] for m in _messages("f/etl/table_of_imports_body.py")
    ] == [
        "reached through `main → f.common.registry.HANDLERS.fetch → "
        "f.common.http_util.get_json → requests.get`"
    ]


def test_a_helper_handed_to_a_call_that_runs_it() -> None:
    # `map(get_json, urls)`, `ids.map(getUser)`: the body runs the helper
    assert _messages("f/etl/mapped_helper_body.py") == [
        "`requests.get` (reached through `main → f.common.http_util.get_json → requests.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`"
    ]
    assert _messages("f/reports/mapped_helper_body.ts") == [
        "`fetch` (reached through `main → f/common/wrap.ts.getUser → fetch`) does network I/O "
        "in the workflow body, which re-runs on every replay; move it into a task or a "
        "`step(...)`"
    ]


def test_instances_built_through_a_module_imported_whole() -> None:
    # `api.ApiClient(...)`, `shared_api.make_client(...)`, `api.Session.from_env()`,
    # `new crm.Contacts()`, `crm.makeCrm(...)`
    def chains(name: str) -> list[str]:
        return [m.split("through `")[1].split("`")[0] for m in _messages(name)]

    assert chains("f/etl/module_built_body.py") == [
        "main → f.common.api.ApiClient.get → requests.get",
        "main → f.common.api.ApiClient.get → requests.get",
        "main → f.common.api.Session.get → requests.get",
    ]
    assert chains("f/reports/module_built_body.ts") == [
        "main → f/common/crm.ts.Contacts.list → fetch",
        "main → f/common/crm.ts.CrmClient.push → fetch",
    ]
