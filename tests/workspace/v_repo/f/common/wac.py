# SDK: wmill 1.850.0 client.py: task / step / task_script / wait_for_approval / workflow are plain module functions, re-exporting them keeps their names
"""Team entry point for the WAC primitives.

Every billing script imports the SDK names from here so the pinned wmill version and the
defaults we agreed on (task timeouts) live in one place.
"""

from wmill import step, task, task_script, wait_for_approval, workflow

DEFAULT_TASK_TIMEOUT = 300
LONG_TASK_TIMEOUT = 1800

__all__ = [
    "DEFAULT_TASK_TIMEOUT",
    "LONG_TASK_TIMEOUT",
    "step",
    "task",
    "task_script",
    "wait_for_approval",
    "workflow",
]
