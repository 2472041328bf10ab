"""WAC105 on `Promise.race` / `Promise.any` over task calls: the message says what the
SDK does (the first listed wins every round), not that the winner is timing.

windmill-client 1.818.0 `_nextStep` hands back a thenable that resolves with the
checkpointed result or raises the suspension; the race calls the entrants' `then` in
the order listed. Inline steps run their function in the round and do race by timing.
"""

from __future__ import annotations

from pathlib import Path

from wac_lint.engine import analyze_bytes

HEAD = (
    'import { step, task, workflow } from "windmill-client";\n'
    "const a = task(async (x: string) => x);\n"
    "const b = task(async (x: string) => x);\n"
    "const after = task(async (x: unknown) => x);\n"
    "export const main = workflow(async (x: string, xs: string[]) => {\n"
)


def wac105(body: str) -> list[str]:
    report = analyze_bytes((HEAD + body + "});\n").encode(), "race.ts")
    return [f.message for f in report.findings if f.code == "WAC105"]


ORDER = (
    "a task call settles only when the body replays with its result, and the race reads "
    "them in the order listed, so "
)
SETTLE = "over tasks never picks the faster one: " + ORDER
WAIT = (
    " and the next durable call still waits for all of them; await all of them and "
    "choose explicitly"
)


def test_a_race_of_listed_tasks_names_the_first_as_the_winner() -> None:
    assert wac105("  const w = await Promise.race([a(x), b(x)]);\n  await after(w);\n") == [
        f"`Promise.race` {SETTLE}the first listed, `a(x)`, wins every round{WAIT}"
    ]


def test_any_over_tasks_takes_the_first_listed_that_succeeded() -> None:
    assert wac105("  const w = await Promise.any([b(x), a(x)]);\n  await after(w);\n") == [
        f"`Promise.any` {SETTLE}the first listed that succeeded wins every round "
        f"(`b(x)` whenever it succeeds){WAIT}"
    ]


def test_a_race_over_a_map_to_tasks_names_the_first_item() -> None:
    for mapped in ("xs.map((v) => a(v))", "xs.map((v) => { return a(v); })"):
        assert wac105(f"  const w = await Promise.race({mapped});\n  await after(w);\n") == [
            f"`Promise.race` {SETTLE}the first item's task wins every round{WAIT}"
        ], mapped


def test_steps_race_by_timing_and_keep_the_timing_message() -> None:
    timing = (
        "`Promise.race` picks whichever call finishes first, and the durable calls after it "
        "depend on that: which one wins can differ between replays, and checkpoint keys "
        "follow call order; await all of them and choose deterministically"
    )
    steps = '[step("a", () => fetch(x)), step("b", () => fetch(xs[0]))]'
    assert wac105(f"  const w = await Promise.race({steps});\n  await after(w);\n") == [timing]


def test_a_race_with_no_durable_call_after_it_is_left_alone() -> None:
    assert wac105("  return await Promise.race([a(x), b(x)]);\n") == []


def test_task_calls_handed_to_a_helper_of_another_module_that_races_them(
    tmp_path: Path,
) -> None:
    from wac_lint.engine import analyze_source, read_source
    from wac_lint.workspace.root import forget_projects

    forget_projects()
    (tmp_path / "wmill.yaml").write_text("defaultTs: bun\n")
    lib = tmp_path / "f" / "lib"
    lib.mkdir(parents=True)
    (lib / "race.ts").write_text(
        "export function firstDone<T>(jobs: PromiseLike<T>[]) {\n  return Promise.race(jobs);\n}\n"
    )
    (lib / "run.ts").write_text(
        'import { task, workflow } from "windmill-client";\n'
        'import { firstDone } from "./race.ts";\n'
        "const a = task(async function a(h: string) { return h; });\n"
        "const b = task(async function b(h: string) { return h; });\n"
        "export const main = workflow(async (h: string) => {\n"
        "  const x = await firstDone([b(h), a(h)]);\n"
        "  return await a(x);\n});\n"
    )
    found = analyze_source(read_source(lib / "run.ts")).findings
    assert [(f.row, f.message) for f in found if f.code == "WAC105"] == [
        (
            6,
            "`firstDone` hands these task calls to `Promise.race` (in f/lib/race.ts), which "
            f"never picks the faster one: {ORDER}"
            f"the first listed, `b(h)`, wins every round{WAIT}",
        )
    ]


def test_a_helper_of_the_file_racing_task_calls() -> None:
    helpers = (
        "async function firstOf<T>(makers: Array<() => Promise<T>>): Promise<T> {\n"
        "  return Promise.race(makers.map((m) => m()));\n}\n"
        "async function quickest(v: string) {\n  return Promise.any([b(v), a(v)]);\n}\n"
    )
    body = (
        "  const w = await firstOf([() => a(x), () => { return b(x); }]);\n"
        "  await after(w);\n"
        "  const q = await quickest(x);\n"
        "  return await after(q);\n"
    )
    source = HEAD.replace("export const main", helpers + "export const main") + body + "});\n"
    found = analyze_bytes(source.encode(), "race.ts").findings
    assert [f.message for f in found if f.code == "WAC105"] == [
        f"`Promise.race` (in `firstOf`) {SETTLE}the first listed, `a(x)`, wins every round{WAIT}",
        f"`Promise.any` (in `quickest`) {SETTLE}the first listed that succeeded wins "
        f"every round (`b(v)` whenever it succeeds){WAIT}",
    ]


def test_a_helper_racing_handed_steps_keeps_the_timing_message() -> None:
    helper = (
        "async function firstOf<T>(makers: Array<() => Promise<T>>): Promise<T> {\n"
        "  return Promise.race(makers.map((m) => m()));\n}\n"
    )
    body = (
        '  const s = await firstOf([() => step("s", () => fetch(x)), () => a(x)]);\n'
        "  return await after(s);\n"
    )
    source = HEAD.replace("export const main", helper + "export const main") + body + "});\n"
    found = analyze_bytes(source.encode(), "race.ts").findings
    assert [f.message for f in found if f.code == "WAC105"] == [
        "`Promise.race` (in `firstOf`) picks whichever durable call finishes first, and "
        "the durable calls after this call depend on that: which one wins can differ between "
        "replays, and checkpoint keys follow call order; await all of them and choose "
        "deterministically",
    ]
