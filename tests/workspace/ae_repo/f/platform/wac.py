"""The team's thin layer over the wmill WAC SDK.

Workflows import `task`, `step`, `sleep` and `workflow` from here instead of `wmill`, so
every durable call leaves a log line. The names are kept exactly as the SDK spells them:
Windmill's parser recognises the names, not where they come from.
"""

import wmill
from wmill import task_flow, task_script, wait_for_approval, workflow

from f.platform.log import alert, log_event

__all__ = [
    "task",
    "task_script",
    "task_flow",
    "step",
    "sleep",
    "wait_for_approval",
    "workflow",
    "logged_step",
]


def task(_func=None, **options):
    """`@task()` / `@task(timeout=...)`, as the SDK takes it."""
    if _func is not None:
        log_event("task.defined", name=_func.__name__)
        return wmill.task(_func)
    return wmill.task(**options)


async def step(name: str, fn):
    log_event("step", name=name)
    return await wmill.step(name, fn)


async def sleep(seconds: int):
    log_event("sleep", seconds=seconds)
    await wmill.sleep(seconds)


async def logged_step(name: str, fn, *, page_on_start: bool = True):
    """A step that also tells #ops-alerts it started (for the long-running ones)."""
    if page_on_start:
        alert(f"step {name} started")
    return await wmill.step(name, fn)
