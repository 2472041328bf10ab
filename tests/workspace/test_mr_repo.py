"""A sixth Windmill repository (`mr_repo/`, dotted `.flow/` folders, every
`.script.yaml` written by Windmill's own CLI through `windmill-oracle
script-yaml`, written blind: expectations from the WAC guide, the SDKs and the
oracle before wac-lint was run on it).

What it checks across files: Python helpers reached as a module of a folder
(`from f.common import http` then `http.post_json(...)`, `from . import util`),
through a client another module of the folder builds (`from .clients import
session`), a helper module calling the Windmill API (`wmill.set_variable`,
`wmill.setVariable` through `import * as wmill`), `u/<user>/` modules, a
decorator of a shared module whose wrapper reads the clock, methods of a class
another module defines, and helpers shadowed by a local of the same name;
TypeScript barrels re-exporting under another name (`export { postJson as send
}`, `export { default as notify }`, `export * as vars`), default-exported
functions, two modules importing each other, a class whose method posts, a
dynamic `import()`; by-path targets (`task_script`, `taskScript`, `task_flow`,
`taskFlow`) whose arguments contradict the target's `main` (a workflow in
either language, a `u/` script, a relative module) or a flow's `schema`, that do
not exist, or name a flow; flow steps calling those scripts; stale and missing
`.script.yaml`. Every file gets exactly the findings its `expect:` comments mark.

Blind, 63 files and 40 expected findings: 5 misses (a client built in a third
module x3, a shared decorator, `await import()`), 0 false findings. Added after, each
with the fix it drove: task paths held in constants and their members (also
imported), names beside a spread, imported helpers under another name / in a local
table / handed to `parallel` / returned by a factory, imported classes built and
instances called, and a module-level `def` replacing an import of its name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "mr_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts") or p.name == "flow.yaml")
# Scripts the workflows call, import or run: correct, and not named `_ok`.
SUPPORT = ("common", "targets", "alice", "pipeline.flow")
SUPPORT_FILES = ("f/mr/util.py", "f/mr/rel_helper.py")


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def _messages(name: str) -> list[str]:
    return [f.message for f in analyze_source(read_source(REPO / name)).findings]


def test_repository_shape() -> None:
    callers = [
        p
        for p in FILES
        if not set(SUPPORT) & set(p.relative_to(REPO).parts)
        and p.relative_to(REPO).as_posix() not in SUPPORT_FILES
    ]
    correct = [p for p in callers if not expected(p)]
    assert len(callers) >= 30 and len(correct) >= 0.35 * len(callers)
    for path in callers:
        name = path.parent.name.removesuffix(".flow") if path.name == "flow.yaml" else path.stem
        assert name.endswith("_ok") == (not expected(path)), path
    for path in FILES:
        if path.suffix in (".py", ".ts") and ".flow" not in path.parent.name:
            assert path.with_suffix(".script.yaml").is_file() != (path.stem == "no_meta_body")


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def test_a_helper_calling_a_client_a_third_module_builds() -> None:
    # `f/common/http.py`: `from .clients import session` (`session = requests.Session()`),
    # `f/common/fetcher.py` the same by absolute path, `f/common/uploads.ts`: `import { s3 }
    # from "./aws_client.ts"` (`new S3Client(...)`): the helper calls the library itself
    assert _messages("f/mr/two_file_client_body.py") == [
        "`session.post` (reached through `main → f.common.http.post_json → session.post`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`"
    ]
    assert _messages("f/mr/absolute_client_body.py") == [
        "`session.get` (reached through `main → f.common.fetcher.get_page → session.get`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`"
    ]
    assert _messages("f/mr/third_module_client_body.ts") == [
        "`s3.send` (reached through `main → f/common/uploads.ts.upload → s3.send`) calls a "
        "cloud or external API in the workflow body, which re-runs on every replay; move it "
        "into a task or a `step(...)`"
    ]


def test_a_module_level_def_replaces_the_import_of_its_name() -> None:
    # `from f.common.http import post_json` then `def post_json(...)`: the local def
    # runs (pure in shadowed_helper_ok.py, which stays clean; doing I/O here)
    assert _messages("f/mr/shadowing_def_body.py") == [
        "`requests.get` (reached through `main → build_url → requests.get`) does network "
        "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
        "`step(...)`"
    ]


def test_task_paths_held_in_constants() -> None:
    # `LOAD_ROWS = f"{TARGETS}/load_rows"` in f/common/paths.py, `OLD_LOADER = TARGETS +
    # "/load_rows_v1"`, `CHILD = "f/mr/targets/child_wf"` in the file: the SDK sends the
    # string the name holds, so the target is looked up as a literal's would be
    assert _messages("f/mr/const_path_body.py") == [
        "`f/mr/targets/load_rows_v1` matches no script in this repository; did you mean "
        "`f/mr/targets/load_rows`?",
        "`limit` of `f/mr/targets/load_rows` is an integer, but this passes the string `10` "
        "(from the `main` signature of f/mr/targets/load_rows.py)",
        "`f/mr/targets/child_wf` requires `order_id` (no default, from the `main` signature "
        "of f/mr/targets/child_wf.py), which this call does not pass",
        "`order` is not a parameter of `f/mr/targets/child_wf` (it takes `order_id`, "
        "`notify`, from the `main` signature of f/mr/targets/child_wf.py); did you mean "
        "`order_id`?",
        "`f/mr/pipeline` requires `source` (no default, from the `schema` of "
        "f/mr/pipeline.flow/flow.yaml), which this call does not pass",
        "`src` is not a parameter of `f/mr/pipeline` (it takes `source`, `mode`, from the "
        "`schema` of f/mr/pipeline.flow/flow.yaml); did you mean `source`?",
    ]
    assert _messages("f/mr/const_path_ts_body.ts") == [
        "`f/mr/targets/load_rows_v1` matches no script in this repository; did you mean "
        "`f/mr/targets/load_rows`?",
        "`limt` is not a parameter of `f/mr/targets/load_rows` (it takes `table`, `limit`, "
        "`dry_run`, from the `main` signature of f/mr/targets/load_rows.py); did you mean "
        "`limit`?",
        "`notify` of `f/mr/targets/child_wf_ts` is a boolean, but this passes the string "
        "`no` (from the `main` signature of f/mr/targets/child_wf_ts.ts)",
        "`mode` of `f/mr/pipeline` is one of `full`, `delta`, not `weekly` (from the "
        "`schema` of f/mr/pipeline.flow/flow.yaml)",
    ]


def test_names_written_beside_a_spread_of_unknown_keys() -> None:
    # `load(**options, dryrun=True)`, `load({ ...options, dryRun: true })`: whatever the
    # spread holds, the name written beside it goes to the target, which has no such
    # input; what is missing, or overridden, is not known
    assert _messages("f/mr/spread_args_body.py") == [
        "`dryrun` is not a parameter of `f/mr/targets/load_rows` (it takes `table`, `limit`, "
        "`dry_run`, from the `main` signature of f/mr/targets/load_rows.py); did you mean "
        "`dry_run`?",
        "`limt` is not a parameter of `f/mr/targets/load_rows` (it takes `table`, `limit`, "
        "`dry_run`, from the `main` signature of f/mr/targets/load_rows.py); did you mean "
        "`limit`?",
    ]
    assert _messages("f/mr/spread_args_ts_body.ts") == [
        "`dryRun` is not a parameter of `f/mr/targets/load_rows` (it takes `table`, `limit`, "
        "`dry_run`, from the `main` signature of f/mr/targets/load_rows.py); did you mean "
        "`dry_run`?"
    ]


def test_a_decorator_of_another_module_around_a_helper_the_body_calls() -> None:
    # `@timed` / `@timing.timed` of f/common/timing.py, whose `inner` reads the clock
    # around the call (twice); `@passthrough` returns the function itself
    clock = (
        "`time.time` (reached through `main → summarize → f.common.timing.timed → "
        "time.time`) reads the clock: the value changes between replays of the workflow "
        "body; capture it with `step(...)`"
    )
    # the two reads are reached through one call of the body: one finding
    twice = clock + "; the same call also reaches `time.time` (line 10, in `f.common.timing.timed`)"
    assert _messages("f/mr/decorated_helper_body.py") == [twice]
    assert _messages("f/mr/decorated_module_body.py") == [twice]


def test_helpers_of_a_module_imported_with_await_import() -> None:
    # `const { postJson } = await import("/f/common/net.ts")`, `const net = await
    # import("../common/net.ts")`: the module is the workspace's, as a static import's
    assert _messages("f/mr/dynamic_import_body.ts") == [
        "`fetch` (reached through `main → f/common/net.ts.postJson → fetch`) does network "
        "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
        "`step(...)`"
    ]
    assert _messages("f/mr/dynamic_import_ns_body.ts") == [
        "`fetch` (reached through `main → f/common/net.ts.postJson → fetch`) does network "
        "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
        "`step(...)`"
    ]


def test_imported_helpers_under_another_name_or_as_instances() -> None:
    # `send = post_json`, `alert = functools.partial(ping, "ops")`, `notifier("x")` where
    # f/common/notifier.py says `notifier = Notifier(...)`, `Notifier(url)("x")`, and
    # `parallel(items, partial(remember, ...))`, which calls it on each item in the body
    assert [m.split(" (")[1].split(")")[0] for m in _messages("f/mr/alias_helper_body.py")] == [
        "reached through `main → f.common.http.post_json → session.post`",
        "reached through `main → u.alice.notify.ping → requests.post`",
        "reached through `main → f.common.notifier.notifier → requests.post`",
        "reached through `main → f.common.notifier.Notifier.__call__ → requests.post`",
        "reached through `main → f.common.vars.remember → wmill.set_variable`",
    ]


def test_building_an_instance_of_a_class_another_module_defines() -> None:
    # `LoggedIn(url, user)` / `new LoggedIn(url, user)` log in from the constructor;
    # `Page(url)` (a dataclass whose `__post_init__` only clamps) is pure
    assert _messages("f/mr/ctor_io_body.py") == [
        "`requests.post` (reached through `main → f.common.login_api.LoggedIn → "
        "f.common.login_api.LoggedIn.__init__ → requests.post`) does network I/O in the "
        "workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
    ]
    assert _messages("f/mr/ctor_io_ts_body.ts") == [
        "`fetch` (reached through `main → f/common/login_client.ts.LoggedIn → "
        "f/common/login_client.ts.LoggedIn.constructor → fetch`) does network I/O in the "
        "workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
    ]


def test_tables_of_the_file_holding_imported_functions() -> None:
    # `SENDERS = {"json": http.post_json, ...}` then `SENDERS[kind](...)`, `KEEPERS.get(
    # "remember")(...)`; `{ postJson, joinUrl }` then `HANDLERS[kind](...)`, `ROUTES.send`
    assert [m.split(" (")[1].split(")")[0] for m in _messages("f/mr/local_table_body.py")] == [
        "reached through `main → f.common.http.post_json → session.post`",
        "reached through `main → f.common.vars.remember → wmill.set_variable`",
    ]
    assert [m.split(" (")[1].split(")")[0] for m in _messages("f/mr/local_table_ts_body.ts")] == [
        "reached through `main → f/common/net.ts.postJson → fetch`",
        "reached through `main → f/common/net.ts.postJson → fetch`",
    ]


def test_task_paths_held_in_members_of_constants() -> None:
    # `TARGETS["report"]` of a dict / object literal, `Flows.NIGHTLY` of a `str` Enum,
    # `paths.OLD_LOADER` of a workspace module imported whole (`import * as paths`)
    assert _messages("f/mr/const_member_body.py")[:3] == [
        "`u/alice/reports` matches no script in this repository; did you mean `u/alice/report`?",
        "`f/mr/nightly` matches no flow in this repository",
        "`f/mr/targets/load_rows_v1` matches no script in this repository; did you mean "
        "`f/mr/targets/load_rows`?",
    ]
    assert _messages("f/mr/const_member_ts_body.ts")[-1] == (
        "`source` of `f/mr/pipeline` is a string, but this passes the number 3 (from the "
        "`schema` of f/mr/pipeline.flow/flow.yaml)"
    )


def test_the_function_an_imported_factory_returns() -> None:
    # `send = make_sender(url)` then `send(...)`, `make_sender(url)(...)`: the closure
    # `make_sender` returns posts; `make_formatter`'s lambda is pure
    assert [m.split(" (")[1].split(")")[0] for m in _messages("f/mr/factory_body.py")] == [
        "reached through `main → f.common.senders.make_sender → requests.post`",
        "reached through `main → f.common.senders.make_sender → requests.post`",
    ]
    assert [m.split(" (")[1].split(")")[0] for m in _messages("f/mr/factory_ts_body.ts")] == [
        "reached through `main → f/common/sender_factory.ts.makeSender → fetch`"
    ]


def test_a_task_made_in_another_module_called_beside_a_spread() -> None:
    # f/common/shared_tasks.py: `load = task_script(LOAD_ROWS)`, the path imported from
    # f/common/paths.py; the calls pass `**opts` / `...opts` and a name `load_rows` lacks
    assert [m.split(" (")[0] for m in _messages("f/mr/imported_task_body.py")] == [
        "`dryrun` is not a parameter of `f/mr/targets/load_rows`",
        "`limt` is not a parameter of `f/mr/targets/load_rows`",
        "`f/mr/targets/load_rows` requires `table`",
        "`tabel` is not a parameter of `f/mr/targets/load_rows`",
    ]
    assert [m.split(" (")[0] for m in _messages("f/mr/imported_task_ts_body.ts")] == [
        "`dryRun` is not a parameter of `f/mr/targets/load_rows`"
    ]


def test_an_instance_an_imported_factory_builds_of_a_class_it_imports() -> None:
    # `ledger_for(...)` / `mailerFor(...)` (an arrow) return a class their module
    # imports from a third one: its methods are that class's
    assert [m.split(" (")[1].split(")")[0] for m in _messages("f/mr/factory_class_body.py")] == [
        "reached through `main → f.common.ledger.Ledger.flush → open`"
    ]
    assert [m.split(" (")[1].split(")")[0] for m in _messages("f/mr/factory_class_ts_body.ts")] == [
        "reached through `main → f/common/mailer.ts.Mailer.send → fetch`"
    ]


def test_metadata_beside_two_scripts_of_one_path() -> None:
    # f/mr/twin_body.py and f/mr/twin_body.ts share `twin_body.script.yaml` (written for
    # the Python one): windmill-cli 1.819.0 refuses it, "Multiple script files found"
    message = (
        "`twin_body.script.yaml` sits beside `twin_body.ts` and `twin_body.py`, which share "
        "the Windmill path `f/mr/twin_body`: `wmill` cannot tell which script it describes "
        "and refuses to push it; keep exactly one"
    )
    for name in ("f/mr/twin_body.py", "f/mr/twin_body.ts"):
        found = analyze_source(read_source(REPO / name)).findings
        assert [(f.code, f.severity, f.message) for f in found] == [("WAC901", "error", message)]
