"""A seventh Windmill repository (`nr_repo/`, dotted and `__flow` folders, every
`.script.yaml` written by Windmill's own CLI through `windmill-oracle script-yaml`,
written blind: expectations from the WAC guide, the SDKs and the oracle before
wac-lint was run on it).

What it checks across files: Python packaging shapes (`from x import *` with and
without `__all__`, which decides whether `_private` names are bound; names a helper
module re-binds at import, `functools.partial` of a library call; re-exports under
another name; `importlib.import_module` of a constant; a decorator defined in a
third module; a method a subclass two modules away overrides; `if TYPE_CHECKING:`
imports, which never run); TypeScript `export *` chains two levels deep and
`export * as ns`, default-exported objects with inline members, a class re-exported
under another name, `import type` and bare side-effect imports; by-path targets
whose inputs the call contradicts: a `u/` script, a TS workflow, a bash script known
only by its `.script.yaml`, flows in `.flow` and `__flow` folders, scripts whose
`main` takes types imported from another module (Windmill reads them as resources).
Every file gets exactly the findings its `expect:` comments mark.

Written blind in seven rounds (expectations first, then wac-lint): 63 expected
findings, 16 missed and 2 false before fixes (round 1: 33 / 5 missed / 2 false, a
number passed to a bash script's input and `import { type Order }`; round 2: 9 / 1;
round 3: 3 / 2; round 4: 6 / 2; round 5: 4 / 2; round 6: 5 / 3; round 7: 3 / 1, and
`session.close()` of a `requests.Session` reported as network I/O, left to the
catalogue: the helper no longer closes it). Fixed, each with its test below: star
imports by `__all__`, `importlib.import_module`, inherited methods dispatching to
overrides, subclasses and `super()` of imported classes, a helper's own decorators,
library functions re-exported under another name or bound as class attributes, bound
methods of an imported singleton, properties of imported classes, what an imported
`@contextmanager` yields, namespace imports destructured, imports in `try` / `if`
blocks, type-only TS imports, untyped bash inputs, lists and dicts of the wrong kind.
Added after (not blind): the TS override pair, DryRunClient, two star imports, a
decorator defined beside the helper, `import_module` of a constant.
Round X (red team xr): `imported_type_ok.py` became `imported_type.py`: its `main` takes a
`TypedDict` and an `Enum` imported from f/lib/models.py, which Windmill reads as resource
pickers (its `.script.yaml`: `format: resource-Order`, `resource-Mode`), reported by WAC902
as the same imports in TypeScript already were.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.helpers import expected_marks as expected
from wac_lint.engine import analyze_source, read_source
from wac_lint.workspace.root import forget_projects

REPO = Path(__file__).parent / "nr_repo"
FILES = sorted(p for p in REPO.rglob("*") if p.suffix in (".py", ".ts") or p.name == "flow.yaml")
# Scripts the workflows call, import or run: correct, and not named `_ok`.
SUPPORT = ("lib", "targets", "bob")


@pytest.fixture(autouse=True)
def _fresh_roots() -> None:
    forget_projects()


def _messages(name: str) -> list[str]:
    return [f.message for f in analyze_source(read_source(REPO / name)).findings]


def test_repository_shape() -> None:
    callers = [p for p in FILES if not set(SUPPORT) & set(p.relative_to(REPO).parts)]
    correct = [p for p in callers if not expected(p)]
    assert len(callers) >= 30 and len(correct) >= 0.35 * len(callers)
    for path in callers:
        name = path.parent.name if path.name == "flow.yaml" else path.stem
        name = name.removesuffix(".flow").removesuffix("__flow")
        assert name.endswith("_ok") == (not expected(path)), path
    for path in FILES:
        if path.suffix in (".py", ".ts") and "flow" not in path.parent.name:
            assert path.with_suffix(".script.yaml").is_file(), path


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.relative_to(REPO).as_posix())
def test_findings_are_the_marked_ones(path: Path) -> None:
    found = {(f.row, f.code) for f in analyze_source(read_source(path)).findings}
    assert found == expected(path)


def test_an_import_naming_only_types_loads_nothing() -> None:
    # `import { type Order } from "/f/lib/boot_ts.ts"`: TypeScript and Bun drop an import
    # whose braces name only types, so boot_ts's module-level `fetch` never runs
    # (inline_type_import_ok.ts, type_import_ok.ts); a bare import runs it
    assert _messages("f/nr/inline_type_import_ok.ts") == []
    assert _messages("f/nr/side_effect_import_body.ts") == [
        "importing f/lib/boot_ts.ts runs its module-level `fetch` (line 2), which does "
        "network I/O, on every replay of the workflow: the script runs again from the top "
        "each time; move that call into a function the workflow runs in a task or a "
        "`step(...)`"
    ]


def test_a_bash_target_takes_any_json_scalar() -> None:
    # Windmill's bash parser reads `days="${2:-30}"` as a string input, but the executor
    # hands every input over as text: `days: 7` reaches `$2` as `7` (yaml_only_ok.ts)
    assert _messages("f/nr/yaml_only_ok.ts") == []
    assert _messages("f/nr/yaml_only_body.py") == [
        "`day` is not a parameter of `f/nr/targets/cleanup` (it takes `bucket`, `days`, from "
        "the inputs Windmill's bash parser reads in f/nr/targets/cleanup.sh); did you mean "
        "`days`?",
        "`older_than` is not a parameter of `f/nr/targets/cleanup` (it takes `bucket`, `days`, "
        "from the inputs Windmill's bash parser reads in f/nr/targets/cleanup.sh)",
        "`f/nr/targets/cleanup` requires `bucket` (no default, from the inputs Windmill's bash "
        "parser reads in f/nr/targets/cleanup.sh), which this call does not pass",
    ]


def test_a_library_function_re_exported_under_another_name() -> None:
    # f/lib/transport.py: `post = requests.post`; f/lib/reexport_py.py: `from
    # f.lib.transport import post as http_post`: the body's `http_post(...)` is the
    # library call, whichever module re-exports it
    assert _messages("f/nr/reexported_alias_body.py") == [
        "`requests.post` (reached through `main → f.lib.reexport_py.default_pusher.push → "
        "f.lib.singletons.pusher.push → requests.post`) does network I/O in the workflow "
        "body, which re-runs on every replay; move it into a task or a `step(...)`",
        "`http_post` does network I/O in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`",
    ]


def test_a_helper_decorated_in_its_own_module() -> None:
    # f/lib/calc.py: `@metered def score` (metered imported from f/lib/deco.py, a third
    # module) and `@traced def spread` (traced defined in calc.py): calling either runs
    # the wrapper around it; `@memo def scale` wraps with lru_cache and stays clean
    # (third_file_deco_ok.py)
    clock = (
        "`time.time` (reached through `main → f.lib.calc.spread → f.lib.calc.traced → "
        "time.time`) reads the clock: the value changes between replays of the workflow "
        "body; capture it with `step(...)`"
    )
    assert _messages("f/nr/third_file_deco_body.py") == [
        "`requests.post` (reached through `main → f.lib.calc.score → f.lib.deco.metered → "
        "requests.post`) does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`",
        # `started = time.time()` and `time.time() - started`, through one call
        clock + "; the same call also reaches `time.time` (line 10, in `f.lib.calc.traced`)",
    ]
    assert _messages("f/nr/third_file_deco_ok.py") == []


def test_a_module_loaded_with_import_module() -> None:
    # `importlib.import_module("f.lib.notify_py")`, `import_module(TRANSPORT)` with
    # `TRANSPORT = "f.lib.transport"`: the module, as `import f.lib.notify_py as notifier`;
    # import_module_ok.py loads f.lib.pure_fmt the same way and stays clean
    assert _messages("f/nr/import_module_body.py") == [
        "`requests.post` (reached through `main → f.lib.notify_py.notify → requests.post`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`",
        "`transport.post` does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`",
    ]
    assert _messages("f/nr/import_module_ok.py") == []


def test_a_method_inherited_across_modules_dispatches_to_overrides() -> None:
    # HttpClient (f/lib/http_client.py) < RetryingClient (f/lib/mid_client.py) <
    # BaseClient (f/lib/base_client.py): `send` is BaseClient's, but its `self._deliver()`
    # runs HttpClient's override, which posts; DryRunClient (f/lib/dry_client.py)
    # overrides it again without I/O, and RetryingClient keeps the base's dry run
    # (override_dry_ok.py, override_ok.py stay clean). The same in TypeScript.
    assert _messages("f/nr/override_body.py") == [
        "`requests.post` (reached through `main → f.lib.http_client.HttpClient.send → "
        "f.lib.mid_client.RetryingClient.send → f.lib.base_client.BaseClient.send → "
        "f.lib.http_client.HttpClient._deliver → requests.post`) does network I/O in the "
        "workflow body, which re-runs on every replay; move it into a task or a `step(...)`"
    ]
    assert _messages("f/nr/override_ts_body.ts") == [
        "`fetch` (reached through `main → f/lib/ts_http_reporter.ts.HttpReporter.report → "
        "f/lib/ts_reporter.ts.Reporter.report → f/lib/ts_http_reporter.ts.HttpReporter.deliver"
        " → fetch`) does network I/O in the workflow body, which re-runs on every replay; move "
        "it into a task or a `step(...)`"
    ]
    for clean in ("override_ok.py", "override_dry_ok.py", "override_ts_ok.ts"):
        assert _messages(f"f/nr/{clean}") == [], clean


def test_star_imports_bind_what_the_module_exports() -> None:
    # `import *` binds a module's `__all__` when it has one (private names included),
    # else its names without a leading `_`; the last star import exporting a name wins,
    # also over an explicit import before it (star_private_ok.py keeps the pure
    # `_audit`: f.lib.star_noall has no `__all__`)
    assert _messages("f/nr/star_private_body.py") == [
        "`requests.post` (reached through `main → f.lib.star_all._audit → requests.post`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`"
    ]
    assert _messages("f/nr/star_two_body.py") == [
        "`requests.post` (reached through `main → f.lib.star_all.notify → requests.post`) "
        "does network I/O in the workflow body, which re-runs on every replay; move it into "
        "a task or a `step(...)`"
    ]
    assert _messages("f/nr/star_private_ok.py") == []


def test_a_bound_method_of_an_imported_singleton() -> None:
    # f/lib/bound.py: `from f.lib.singletons import pusher` then `push = pusher.push`:
    # calling `push` runs the singleton's method (bound_method_ok.py calls it in a task)
    assert _messages("f/nr/bound_method_body.py") == [
        "`requests.post` (reached through `main → f.lib.bound.push → "
        "f.lib.singletons.pusher.push → requests.post`) does network I/O in the workflow "
        "body, which re-runs on every replay; move it into a task or a `step(...)`"
    ]
    assert _messages("f/nr/bound_method_ok.py") == []


def test_module_level_imports_inside_try_and_import_module() -> None:
    # `try: from f.lib.boot_config import SETTINGS except ImportError: ...` and
    # `config = importlib.import_module("f.lib.boot_config")` at module level load the
    # module, whose top level fetches its settings; `if TYPE_CHECKING:` imports never
    # run (type_checking_ok.py), and a guarded import of a pure module is clean
    boot = (
        "importing f/lib/boot_config.py runs its module-level `requests.get` (line 4), which "
        "does network I/O, on every replay of the workflow: the script runs again from the "
        "top each time; move that call into a function the workflow runs in a task or a "
        "`step(...)`"
    )
    assert _messages("f/nr/guarded_import_body.py") == [boot]
    assert _messages("f/nr/module_import_module_body.py") == [boot]
    for clean in ("guarded_import_ok.py", "type_checking_ok.py"):
        assert _messages(f"f/nr/{clean}") == [], clean


def test_a_subclass_the_workflow_file_defines_of_an_imported_class() -> None:
    # `class AuditedClient(HttpClient)` whose `send` calls `super().send(...)`, and
    # `class TaggedCrm extends CrmClient` without `push`: the imported base's method runs
    # (local_subclass_ok.py: a subclass of the dry-run BaseClient stays clean)
    assert _messages("f/nr/local_subclass_body.py") == [
        "`requests.post` (reached through `main → AuditedClient.send → "
        "f.lib.http_client.HttpClient.send → f.lib.mid_client.RetryingClient.send → "
        "f.lib.base_client.BaseClient.send → f.lib.http_client.HttpClient._deliver → "
        "requests.post`) does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    ]
    assert _messages("f/nr/local_subclass_ts_body.ts") == [
        "`fetch` (reached through `main → f/lib/api_barrel.ts.CrmClient.push → "
        "f/lib/crm_class.ts.CrmClient.push → fetch`) does network I/O in the workflow body, "
        "which re-runs on every replay; move it into a task or a `step(...)`"
    ]
    assert _messages("f/nr/local_subclass_ok.py") == []


def test_target_paths_spelled_as_files_or_folders() -> None:
    # Windmill paths carry no extension, no `.flow` suffix, and are case-sensitive
    assert _messages("f/nr/target_spelling_body.py") == [
        "`f/nr/targets/load.py` is the folder (or file) name of script `f/nr/targets/load`, "
        "not its path: "
        "`wmill sync pull` adds that suffix to the name it writes, so Windmill looks for "
        "another script and the job fails; write `f/nr/targets/load`",
        "`f/nr/nightly_ok.flow` is the folder (or file) name of flow `f/nr/nightly_ok`, not "
        "its path: "
        "`wmill sync pull` adds that suffix to the name it writes, so Windmill looks for "
        "another flow and the job fails; write `f/nr/nightly_ok`",
        "`u/bob/Digest` matches no script in this repository; did you mean `u/bob/digest`?",
    ]


def test_a_list_or_dict_where_the_target_reads_the_other() -> None:
    # f/nr/targets/shapes.py: `data: dict`, `items: list`, `extra: Any` (a resource type
    # for Windmill, `resource-Any`: any JSON fits, target_shapes_ok.ts passes a list)
    assert _messages("f/nr/target_shapes_body.py") == [
        "`data` of `f/nr/targets/shapes` is an object, but this passes a list (from the "
        "`main` signature of f/nr/targets/shapes.py)",
        "`items` of `f/nr/targets/shapes` is an array, but this passes a dict (from the "
        "`main` signature of f/nr/targets/shapes.py)",
    ]
    assert _messages("f/nr/target_shapes_ok.ts") == []


def test_a_class_attribute_bound_to_a_library_function() -> None:
    # f/lib/token_client.py: `class Routes: post = requests.post`; `Routes.join` is a
    # pure static method
    assert _messages("f/nr/class_attr_body.py") == [
        "`Routes.post` does network I/O in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    ]


def test_functions_destructured_from_a_namespace_import() -> None:
    # `import * as net from "/f/lib/net_impl.ts"` then `const { postEvent } = net`
    assert _messages("f/nr/ns_destructure_body.ts") == [
        "`fetch` (reached through `main → f/lib/net_impl.ts.postEvent → fetch`) does network "
        "I/O in the workflow body, which re-runs on every replay; move it into a task or a "
        "`step(...)`"
    ]


def test_a_property_of_an_imported_class_read_in_the_body() -> None:
    # `client.token` where TokenClient.token is a `@property` that posts: reading it runs
    # the getter; `client.host` (a pure property) and `client.url` (plain data) do not
    assert _messages("f/nr/property_body.py") == [
        "`requests.post` (reached through `main → f.lib.token_client.TokenClient.token → "
        "requests.post`) does network I/O in the workflow body, which re-runs on every "
        "replay; move it into a task or a `step(...)`"
    ]
    assert _messages("f/nr/property_ok.py") == []


def test_what_an_imported_contextmanager_yields() -> None:
    # f/lib/sessions.py: `@contextmanager def open_session(token)` yields
    # `session = requests.Session()`: `with open_session(token) as session` then
    # `session.get(url)` is the library's request (context_session_ok.py: in a task)
    assert _messages("f/nr/context_session_body.py") == [
        "`session.get` does network I/O in the workflow body, which re-runs on every replay; "
        "move it into a task or a `step(...)`"
    ]
    assert _messages("f/nr/context_session_ok.py") == []
