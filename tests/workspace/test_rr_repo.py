"""A ninth Windmill repository (`rr_repo/`, dotted `.flow` paths, `wmill.yaml`
`includes: [f/**]` with `f/scratch/**` excluded, so `u/alice/` and `f/scratch/` stay
out of `wmill sync push`; a second workspace nested in `billing_ws/` with its own
`wmill.yaml` and a module of the same Windmill path as the outer one; every
`.script.yaml` written by Windmill's own CLI through `windmill-oracle script-yaml`,
one then edited by hand; written blind: expectations from the WAC guide, the SDKs,
Windmill's docs and the oracle before wac-lint was run on it).

What it checks across files: code shared by several workflows that decides how the
body behaves: context managers of another module that swallow the SDK's suspension
(a `@contextmanager` with `except BaseException`, a class whose `__exit__` returns
True) beside ones that do not; TypeScript error helpers of another module (a
`rethrowSuspend(e)` / `isSuspend(e)` that rethrows first, a `logError(e)` that does
not, a `safely(fn)` wrapper whose catch swallows a task's suspension); a set another
module defines, iterated to dispatch tasks (Python's string hashing changes its order
between processes; a JavaScript `Set` keeps insertion order); a value another module
computes from randomness when loaded (`RUN_TAG`, `RUN_ID`); a module fetching its
settings when loaded, imported inside the body or inside a task; tasks defined in a
shared module (not awaited, given a name they do not take, dispatched from a
`step(...)` callback); a shared `step` wrapper; by-path targets and imports of scripts
`wmill.yaml` leaves out of sync; the same Windmill path in two workspaces; a
`.script.yaml` whose `required` was edited by hand. Every file gets exactly the
findings its `expect:` comments mark.

Written blind: 24 expected findings (after taking out three WAC301 on my own task
parameters called `name`, which were true), 18 missed and 3 false before fixes (a
helper of a shared module calling that module's `@task` walked into the task's body;
a lambda handed to a shared `step` wrapper, in Python and TypeScript). A WAC403 I
expected for `from f.common.fmt import money` in the nested `billing_ws/` workspace,
where only the outer project has the module, was dropped: like pr_repo's
`nested_import_ok.py`, the workspace may hold that script. Fixed, each with its test
below: a module's own tasks, shared step wrappers, targets and imports left out of
sync, imported tasks (dropped, misnamed arguments, in step callbacks and task
bodies, under handlers), values and sets of other modules, imports in the body,
context managers and error helpers of other modules. Added after (not blind):
steps_direct_body.py, task_dispatch_body.py, base_except_body.py / base_except_ok.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "rr_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts") or p.name == "flow.yaml")
# Scripts the workflows call or import: correct, and not named `_ok`.
SUPPORT = ("common", "targets")
# Left out of `wmill sync push` by wmill.yaml (`includes` / `excludes`): no metadata.
NOT_SYNCED = ("u/", "f/scratch/")


def _synced(path: Path) -> bool:
    return not path.relative_to(REPO).as_posix().startswith(NOT_SYNCED)


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
        and p.name != "flow.yaml"
        and (_synced(p) or p.stem.endswith("_body"))
    ]
    correct = [p for p in callers if not expected(p)]
    assert len(callers) >= 30 and len(correct) >= 0.35 * len(callers)
    for path in callers:
        assert path.stem.endswith("_ok") == (not expected(path)), path
    for path in FILES:
        if path.suffix in (".py", ".ts") and _synced(path):
            assert path.with_suffix(".script.yaml").is_file(), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def test_a_helper_module_calling_its_own_task() -> None:
    # f/common/mail_tasks.py: `notify_all` awaits `send_email`, a `@task()` of its
    # module: each call dispatches a child job, so `send_email`'s `requests.post` is
    # not body code (it was reported through `main → notify_all → send_email`)
    assert _messages("f/rr/shared_task_ok.py") == []


def test_a_function_handed_to_a_shared_step_wrapper() -> None:
    # f/common/steps.py: `once(name, fn)` only hands `fn` to `step(name, fn)`, so the
    # lambda given to it is a step callback (also by keyword, and in TypeScript);
    # `logged(name, fn)` calls `fn()` itself, in the body
    assert _messages("f/rr/steps_direct_body.py") == [
        "`requests.get` does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    ]
    for clean in ("steps_ok.py", "ts_steps_ok.ts"):
        assert _messages(f"f/rr/{clean}") == [], clean


def test_a_target_wmill_yaml_leaves_out_of_sync() -> None:
    # wmill.yaml: `includes: [f/**]` leaves u/ out of `wmill sync push`, `excludes:
    # [f/scratch/**]` drops f/scratch/: a pushed workflow calling them reaches the
    # workspace without its target (a warning: it may be there already)
    unsynced = (
        "`{0}` is {1}, which wmill.yaml's `includes` / `excludes` leave out of `wmill sync "
        "push`: this script is pushed without that script, and the task fails unless the "
        "workspace already has it"
    )
    assert _messages("f/rr/excluded_target_body.py") == [
        unsynced.format("u/alice/greet", "u/alice/greet.py"),
        unsynced.format("f/scratch/probe", "f/scratch/probe.py"),
    ]
    assert _messages("f/rr/ts_excluded_target_body.ts") == [
        unsynced.format("u/alice/greet", "u/alice/greet.py")
    ]
    assert _messages("f/rr/excluded_target_ok.py") == []


def test_an_import_of_a_script_wmill_yaml_leaves_out_of_sync() -> None:
    # the script is pushed, the module it imports is not: Python's loader binds an empty
    # module, Bun fails to load it (a warning: the workspace may have it already); a
    # module only the outer project holds, imported from billing_ws/, is not reported
    # (the workspace may have it, as for nested_import_ok.py of pr_repo)
    assert _messages("f/rr/excluded_import_body.py") == [
        "`f.scratch.util` is f/scratch/util.py, which wmill.yaml's `includes` / `excludes` "
        "leave out of `wmill sync push`: this script is pushed without it, and Windmill's "
        "loader binds every name imported from it to an empty module unless the workspace "
        "already has that script"
    ]
    assert _messages("f/rr/ts_excluded_import_body.ts") == [
        "`/u/alice/fmt.ts` is u/alice/fmt.ts, which wmill.yaml's `includes` / `excludes` "
        "leave out of `wmill sync push`: this script is pushed without it, and the import "
        "fails unless the workspace already has that script"
    ]


def test_a_task_another_module_defines() -> None:
    # f/common/mail_tasks.py: `@task() async def send_email(to, subject)`; the body calls
    # it as a statement (the result is lost) and with a name it does not take (its job
    # fails); f/common/ts_tasks.ts: `export const sendMail = task(async function ...)`
    assert _messages("f/rr/shared_task_body.py") == [
        "The result of `send_email(...)` (a task of f/common/mail_tasks.py) is never "
        "awaited: the SDK still dispatches the task, but its result is lost (a failure "
        "still raises `TaskError` at this call when the body replays); `await` it or "
        "gather it",
        "`send_email` requires `subject`, which this call does not pass: the task's job "
        "fails (TypeError)",
        "`title` is not a parameter of `send_email`: the task's job fails (TypeError)",
    ]
    assert _messages("f/rr/ts_unawaited_body.ts") == [
        "The result of `sendMail(...)` (a task of f/common/ts_tasks.ts) is never awaited: the "
        "SDK still dispatches the task, but its result and its failure are lost; `await` it "
        "or gather it"
    ]
    for clean in ("shared_task_ok.py", "ts_unawaited_ok.ts"):
        assert _messages(f"f/rr/{clean}") == [], clean


def test_a_value_another_module_draws_when_loaded() -> None:
    # f/common/regions.py: `RUN_TAG = uuid.uuid4().hex[:8]`; f/common/ts_regions.ts:
    # `export const RUN_ID = crypto.randomUUID()`; `BUILD` (a literal) is fine
    loaded = (
        "`{0}` is computed from `{1}` when {2} is loaded: every replay runs the script "
        "again from the top and loads that module again, so its value changes between "
        "replays of the workflow body; compute it with `step(...)` in the body"
    )
    assert _messages("f/rr/runtag_body.py") == [
        loaded.format("RUN_TAG", "uuid.uuid4()", "f/common/regions.py")
    ]
    assert _messages("f/rr/ts_runid_body.ts") == [
        loaded.format("RUN_ID", "crypto.randomUUID()", "f/common/ts_regions.ts")
    ]
    for clean in ("regions_ok.py", "ts_regions_ok.ts"):
        assert _messages(f"f/rr/{clean}") == [], clean


def test_a_module_fetching_when_loaded_imported_in_the_body() -> None:
    # f/common/settings.py fetches its settings at module level; the workflow imports it
    # inside `main` (each round is a new process: the import loads it again), while
    # lazy_import_ok.py imports it inside a task
    assert _messages("f/rr/lazy_import_body.py") == [
        "importing f/common/settings.py runs its module-level `requests.get` (line 5), which "
        "does network I/O, on every replay of the workflow: the script runs again from the "
        "top each time; move that call into a function the workflow runs in a task or a "
        "`step(...)`"
    ]
    assert _messages("f/rr/lazy_import_ok.py") == []


def test_a_set_another_module_defines() -> None:
    # f/common/regions.py: `REGIONS = {"eu-west-1", ...}`: a set of strings iterates in
    # hash order, salted per process; `sorted(REGIONS)` and the tuple `ORDERED_REGIONS`
    # are stable, and a JavaScript `Set` keeps insertion order (ts_regions_ok.ts)
    assert _messages("f/rr/regions_body.py") == [
        "Durable calls are dispatched in the order of a set (`REGIONS` of "
        "f/common/regions.py), which can differ between replays; checkpoint keys follow call "
        "order, so results can be swapped; iterate `sorted(...)`"
    ]


def test_a_context_manager_another_module_defines() -> None:
    # f/common/guards.py: `swallow_all` (an `@contextmanager` with `except BaseException`
    # and no re-raise) and `Shield` (`__exit__` returns True) swallow the suspension;
    # `log_failures` (`except Exception`), `report_and_reraise` and `Quiet` (True for an
    # `Exception` only) do not (guard_ok.py)
    swallowed = (
        "`{0}` suppresses every exception leaving its `with` block, the SDK's suspension (a "
        "BaseException) included (its context manager is `{1}` of f/common/guards.py): the "
        "workflow carries on as if the task had returned; let exceptions that are not "
        "`Exception` through (return False / re-raise them)"
    )
    assert _messages("f/rr/guard_body.py") == [
        swallowed.format('swallow_all("charge")', "swallow_all")
    ]
    assert _messages("f/rr/guard_class_body.py") == [swallowed.format("guards.Shield()", "Shield")]
    assert _messages("f/rr/guard_ok.py") == []


def test_durable_calls_a_step_or_a_task_reaches_in_another_module() -> None:
    # `step("notify", lambda: notify_all(team))` where f/common/mail_tasks.py's
    # `notify_all` awaits the task `send_email`; a task body awaiting that task (it runs
    # in place, in the task's job); `money(...)` (pure) is fine there
    assert _messages("f/rr/step_dispatch_body.py") == [
        "`notify_all(...)` runs `send_email(...)` (f/common/mail_tasks.py, line 16) inside a "
        "`step(...)` callback, where it is not a durable operation of the workflow: the "
        "callback runs again after it suspends, and once the step is checkpointed its key is "
        "no longer allocated, so later keys shift; call it from the workflow body"
    ]
    assert _messages("f/rr/task_dispatch_body.py") == [
        "`send_email(...)` (a task of f/common/mail_tasks.py) inside a task body runs in "
        "place, in the same job and without its own options; call it from the workflow body"
    ]


def test_a_handler_around_a_task_another_module_defines() -> None:
    # the try body awaits a task of f/common/mail_tasks.py (or f/common/ts_tasks.ts), so
    # the handler also catches the suspension: `logError(e)` of f/common/ts_errors.ts does
    # not rethrow it, `rethrowSuspend(e)` and `if (isSuspend(e)) throw e` of that module do
    # (ts_rethrow_ok.ts); `except Exception` and a `BaseException` handler around pure
    # code are fine (base_except_ok.py)
    assert _messages("f/rr/ts_rethrow_body.ts") == [
        "This catch also catches the SDK's suspension (`StepSuspend` is an Error): its handler "
        'runs on every suspension; rethrow it first: `if (e?.name === "StepSuspend") throw e`'
    ]
    assert _messages("f/rr/base_except_body.py") == [
        "`except BaseException as exc:` catches the SDK's suspension (a BaseException): the "
        "workflow cannot suspend here; catch `Exception` or `TaskError`, or re-raise"
    ]
    for clean in ("ts_rethrow_ok.ts", "base_except_ok.py"):
        assert _messages(f"f/rr/{clean}") == [], clean


def test_a_wrapper_of_another_module_that_catches_what_it_runs() -> None:
    # f/common/ts_errors.ts: `safely(fn)` awaits `fn()` in a try whose catch logs and
    # returns null: handed `() => sendMail(to)`, it swallows the task's suspension;
    # `safelyRethrowing` rethrows it first, and `safely` over pure code is fine
    assert _messages("f/rr/ts_safely_body.ts") == [
        "This catch also catches the SDK's suspension (`StepSuspend` is an Error) (in "
        "`safely`, which the workflow calls): its handler runs on every suspension; rethrow "
        'it first: `if (e?.name === "StepSuspend") throw e`'
    ]
    assert _messages("f/rr/ts_safely_ok.ts") == []


def test_a_plain_import_of_a_module_left_out_of_sync(tmp_path: Path) -> None:
    # `import f.scratch.util` is the same import as `from f.scratch.util import ...`
    (tmp_path / "wmill.yaml").write_text("includes:\n  - f/**\nexcludes:\n  - f/scratch/**\n")
    (tmp_path / "f" / "scratch").mkdir(parents=True)
    (tmp_path / "f" / "scratch" / "util.py").write_text("def slug(t):\n    return t\n")
    (tmp_path / "f" / "flows").mkdir()
    script = tmp_path / "f" / "flows" / "daily.py"
    script.write_text(
        "import f.scratch.util\nfrom wmill import workflow\n\n\n@workflow\n"
        "async def main(t: str):\n    return f.scratch.util.slug(t)\n"
    )
    found = [
        (f.row, f.code, f.message)
        for f in analyze_source(read_source(script)).findings
        if f.code == "WAC403"
    ]
    assert found == [
        (
            1,
            "WAC403",
            "`f.scratch.util` is f/scratch/util.py, which wmill.yaml's `includes` / `excludes` "
            "leave out of `wmill sync push`: this script is pushed without it, and Windmill's "
            "loader binds every name imported from it to an empty module unless the workspace "
            "already has that script",
        )
    ]


def test_a_task_another_module_makes_by_path_dropped(tmp_path: Path) -> None:
    # `charge = task_script("f/billing/charge")` in f/shared/billing_tasks.py, imported
    # and called as a statement of the body
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    for folder in ("shared", "billing", "flows"):
        (tmp_path / "f" / folder).mkdir(parents=True)
    (tmp_path / "f" / "shared" / "billing_tasks.py").write_text(
        'from wmill import task_script\n\ncharge = task_script("f/billing/charge")\n'
    )
    (tmp_path / "f" / "billing" / "charge.py").write_text("def main(amount: int):\n    return 1\n")
    script = tmp_path / "f" / "flows" / "daily.py"
    script.write_text(
        "from wmill import workflow\n\nfrom f.shared.billing_tasks import charge\n\n\n"
        "@workflow\nasync def main(amount: int):\n    charge(amount=amount)\n"
        "    return await charge(amount=amount)\n"
    )
    found = [
        (f.row, f.message)
        for f in analyze_source(read_source(script)).findings
        if f.code == "WAC106"
    ]
    assert found == [
        (
            8,
            "The result of `charge(...)` (the task `f.shared.billing_tasks.charge`) is never "
            "awaited: the SDK still dispatches the task, but its result is lost (a failure "
            "still raises `TaskError` at this call when the body replays); `await` it or "
            "gather it",
        )
    ]
