"""A re-implementation of the SDKs' checkpoint-key allocation, for tests.

Written from wmill 1.850.0 `wmill/client.py` (`WorkflowCtx._alloc_key`,
`_next_step`, `_sleep`, `_wait_for_approval`, `_run_inline_step`, `task`,
`task_script`, `task_flow`) and windmill-client 1.818.0 `dist/client.mjs`
(`_allocKey`, `_nextStep`, `task`, `taskScript`, `taskFlow`). It is what the
tests compare wac-lint's keys against when the real `wmill` package is not
installed; `test_keys.py` checks it against the real package when it is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_RETRY_ATTEMPTS = 100


class DuplicateApprovalKey(RuntimeError):
    """`wait_for_approval(key=k)` when `k` was already handed out."""


@dataclass
class RefCtx:
    counters: dict[str, int] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    log: list[str] = field(default_factory=list)  # every key, in allocation order

    def alloc(self, name: str = "step") -> str:
        n = self.counters.get(name, 0) + 1
        key = name if n == 1 else f"{name}_{n}"
        while key in self.used:
            n += 1
            key = f"{name}_{n}"
        self.counters[name] = n
        self.used.add(key)
        self.log.append(key)
        return key

    def next_step(self, name: str, script: str, attempts: int = 0) -> str:
        base = self.alloc(name or script or "step")
        for i in range(min(max(0, attempts), MAX_RETRY_ATTEMPTS)):
            self.alloc(f"{base}#retry{i + 2}")
            self.alloc(f"{base}#{i + 2}")
        return base

    def sleep(self) -> str:
        return self.alloc("sleep")

    def approval(self, key: str | None) -> str:
        got = self.alloc(key or "approval")
        if key and got != key:
            raise DuplicateApprovalKey(key)
        return got

    def inline_step(self, name: str) -> str:
        return self.alloc(name or "step")


# ---- how each SDK names a task ---------------------------------------------------
def py_task(func_name: str, path: str | None = None) -> tuple[str, str]:
    """`@task(path=...)` on `async def func_name`: (name, script) for `_next_step`."""
    return func_name, path or func_name


def py_task_script(path: str) -> tuple[str, str]:
    """`task_script(path)` / `task_flow(path)`."""
    return path.rsplit("/", 1)[-1], path


def ts_task(fn_name: str, task_path: str | None) -> tuple[str, str]:
    """`task(fn)` / `task(path, fn)`: `fn.name || taskPath || ""`, script `taskPath ?? name`."""
    name = fn_name or task_path or ""
    return name, task_path if task_path is not None else name


def ts_task_script(path: str) -> tuple[str, str]:
    """`taskScript(path)` / `taskFlow(path)`: `path.split("/").pop() || path`."""
    return path.split("/")[-1] or path, path


def windmill_injected_path(declaration_var: str | None, first_arg_is_async: bool) -> str | None:
    """Windmill's Bun executor turns `const x = task(async ...` into
    `const x = task("x", async ...` before running the script."""
    return declaration_var if declaration_var is not None and first_arg_is_async else None
