"""Random straight-line WAC workflows, as Python and TypeScript source, for key tests.

A program is a list of `Op`s (task / task_script / task_flow calls, inline
steps, sleeps, approvals) with names chosen to collide: numbered names
(`alpha_2`), names equal to the SDK's own defaults (`step`, `sleep`,
`approval`), empty names, and retry-looking names (`beta#2`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from tests.graph import sdk_reference as ref

TASK_NAMES = ["alpha", "alpha_2", "beta", "sleep_2", "approval", "step_2", "gamma"]
STEP_NAMES = [
    "alpha",
    "alpha_2",
    "alpha_2_2",
    "beta",
    "",
    "step",
    "step_2",
    "sleep",
    "sleep_2",
    "approval",
    "approval_2",
    "<lambda>",
    "gamma#2",
    "beta#retry2",
]
APPROVAL_KEYS = [None, None, None, "alpha", "review", "approval_2", "sleep_3", "gamma"]
PATHS = ["f/a/alpha", "f/a/beta_2", "./gamma.py", "f/a/", "alpha", "u/me/sleep", "f/a/approval"]
TS_FORMS = ["arrow", "named", "path", "sync", "ref"]


@dataclass
class TaskSpec:
    binding: str
    kind: str  # task | task_script | task_flow | lambda
    name: str  # function name (task), path (script/flow)
    attempts: int = 0
    form: str = "arrow"  # TypeScript: how the task is written


@dataclass
class Op:
    kind: str  # task | step | sleep | approval
    task: TaskSpec | None = None
    name: str | None = None  # step name / approval key


@dataclass
class Program:
    tasks: list[TaskSpec] = field(default_factory=list)
    ops: list[Op] = field(default_factory=list)


def generate(rng: random.Random, length: int) -> Program:
    program = Program()
    by_name: dict[str, TaskSpec] = {}
    for _ in range(length):
        kind = rng.choice(["task", "task", "script", "step", "step", "sleep", "approval"])
        if kind == "task":
            name = rng.choice(TASK_NAMES + ["<lambda>"])
            if name not in by_name:
                attempts = rng.choice([0, 0, 0, 1, 2])
                spec_kind = "lambda" if name == "<lambda>" else "task"
                spec = TaskSpec(
                    f"t{len(program.tasks)}", spec_kind, name, attempts, rng.choice(TS_FORMS)
                )
                by_name[name] = spec
                program.tasks.append(spec)
            program.ops.append(Op("task", by_name[name]))
        elif kind == "script":
            spec = TaskSpec(
                f"t{len(program.tasks)}",
                rng.choice(["task_script", "task_flow"]),
                rng.choice(PATHS),
                rng.choice([0, 0, 1]),
            )
            program.tasks.append(spec)
            program.ops.append(Op("task", spec))
        elif kind == "step":
            program.ops.append(Op("step", name=rng.choice(STEP_NAMES)))
        elif kind == "sleep":
            program.ops.append(Op("sleep"))
        else:
            program.ops.append(Op("approval", name=rng.choice(APPROVAL_KEYS)))
    return program


# ---- expected keys ---------------------------------------------------------------
def expected_keys(program: Program, language: str) -> tuple[list[list[str]], int | None]:
    """Keys per op (base key first, then retry keys), and the index of an op that
    raises (a duplicate approval key), after which nothing runs."""
    ctx = ref.RefCtx()
    out: list[list[str]] = []
    for index, op in enumerate(program.ops):
        start = len(ctx.log)
        if op.kind == "task":
            assert op.task is not None
            name, script = task_name(op.task, language)
            ctx.next_step(name, script, op.task.attempts)
        elif op.kind == "step":
            ctx.inline_step(op.name or "")
        elif op.kind == "sleep":
            ctx.sleep()
        else:
            try:
                ctx.approval(op.name)
            except ref.DuplicateApprovalKey:
                out.append(ctx.log[start:])
                return out, index
        out.append(ctx.log[start:])
    return out, None


def task_name(spec: TaskSpec, language: str) -> tuple[str, str]:
    if language == "python":
        if spec.kind in ("task_script", "task_flow"):
            return ref.py_task_script(spec.name)
        return ref.py_task(spec.name)
    if spec.kind in ("task_script", "task_flow"):
        return ref.ts_task_script(spec.name)
    if spec.form == "arrow":  # const tN = task(async () => ...)
        return ref.ts_task("", ref.windmill_injected_path(spec.binding, True))
    if spec.form == "named":  # const tN = task(async function name() {...})
        return ref.ts_task(js_name(spec), ref.windmill_injected_path(spec.binding, True))
    if spec.form == "path":  # const tN = task("f/tasks/name", async () => ...)
        return ref.ts_task("", f"f/tasks/{js_name(spec)}")
    if spec.form == "sync":  # const tN = task(() => ...): no `async`, not rewritten
        return ref.ts_task("", None)
    return ref.ts_task(js_name(spec), None)  # const tN = task(name), `async function name()`


def js_name(spec: TaskSpec) -> str:
    return "anon" if spec.name == "<lambda>" else spec.name


# ---- source ----------------------------------------------------------------------
def python_source(program: Program) -> str:
    lines = [
        "from wmill import sleep, step, task, task_flow, task_script, wait_for_approval, workflow",
        "",
    ]
    for spec in program.tasks:
        retry = f'retry={{"attempts": {spec.attempts}}}' if spec.attempts else ""
        if spec.kind == "task":
            lines += [
                f"@task({retry})" if retry else "@task",
                f"async def {spec.name}():",
                "    return 1",
                "",
            ]
        elif spec.kind == "lambda":
            extra = f", {retry}" if retry else ""
            lines += [f"{spec.binding} = task(lambda: 1{extra})", ""]
        else:
            extra = f", {retry}" if retry else ""
            lines += [f'{spec.binding} = {spec.kind}("{spec.name}"{extra})', ""]
    lines += ["", "@workflow", "async def main():"]
    for op in program.ops:
        if op.kind == "task":
            assert op.task is not None
            callee = op.task.name if op.task.kind == "task" else op.task.binding
            lines.append(f"    await {callee}()")
        elif op.kind == "step":
            lines.append(f"    await step({op.name!r}, lambda: 1)")
        elif op.kind == "sleep":
            lines.append("    await sleep(1)")
        else:
            arg = f"key={op.name!r}" if op.name is not None else "timeout=60"
            lines.append(f"    await wait_for_approval({arg})")
    lines.append("    return None")
    return "\n".join(lines) + "\n"


def typescript_source(program: Program) -> str:
    lines = [
        "import { sleep, step, task, taskFlow, taskScript, waitForApproval, workflow } "
        'from "windmill-client";',
        "",
    ]
    for spec in program.tasks:
        opts = f", {{ retry: {{ attempts: {spec.attempts} }} }}" if spec.attempts else ""
        b, name = spec.binding, js_name(spec)
        if spec.kind in ("task_script", "task_flow"):
            fn = "taskScript" if spec.kind == "task_script" else "taskFlow"
            lines.append(f'const {b} = {fn}("{spec.name}"{opts});')
        elif spec.form == "arrow":
            lines.append(f"const {b} = task(async () => 1{opts});")
        elif spec.form == "named":
            lines.append(f"const {b} = task(async function {name}() {{ return 1; }}{opts});")
        elif spec.form == "path":
            lines.append(f'const {b} = task("f/tasks/{name}", async () => 1{opts});')
        elif spec.form == "sync":
            lines.append(f"const {b} = task((): number => 1{opts});")
        else:
            lines.append(f"async function {name}() {{ return 1; }}")
            lines.append(f"const {b} = task({name}{opts});")
    lines += ["", "export const main = workflow(async () => {"]
    for op in program.ops:
        if op.kind == "task":
            assert op.task is not None
            lines.append(f"  await {op.task.binding}();")
        elif op.kind == "step":
            lines.append(f"  await step({js_string(op.name or '')}, () => 1);")
        elif op.kind == "sleep":
            lines.append("  await sleep(1);")
        elif op.name is not None:
            lines.append(f"  await waitForApproval({{ key: {js_string(op.name)} }});")
        else:
            lines.append("  await waitForApproval({ timeout: 60 });")
    lines += ["  return null;", "});"]
    return "\n".join(lines) + "\n"


def js_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
