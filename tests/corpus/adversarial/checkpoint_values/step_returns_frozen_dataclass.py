# SDK: wmill 1.850.0 client.py _run_inline_step: the step's value is returned after json.dumps(default=str) / json.loads, so the frozen dataclass comes back as its repr string and window.start raises AttributeError.
from dataclasses import dataclass

from wmill import step, task, workflow


@dataclass(frozen=True)
class Window:
    start: str
    end: str


@task()
async def export_range(start: str, end: str) -> int:
    return 0


@workflow
async def main(day: str):
    window = await step("window", lambda: Window(start=f"{day}T00:00", end=f"{day}T23:59"))  # expect: WAC107
    return await export_range(window.start, window.end)
