"""The team's one import point for workflow-as-code.

Workflows import `task`, `workflow`, `step` from here so the SDK version is pinned in one place.
"""

from wmill import TaskError, get_resume_urls, step, task, task_flow, task_script, wait_for_approval, workflow

__all__ = [
    "TaskError",
    "checkpoint",
    "get_resume_urls",
    "step",
    "task",
    "task_flow",
    "task_script",
    "wait_for_approval",
    "workflow",
]


async def checkpoint(name: str, fn):
    """`step` with the team's naming convention (`dispatch.<name>`)."""
    return await step(name, fn)
