"""Weekly scratch sweep: stage the datasets a project pinned, then purge the rest."""

from wmill import step, workflow

from f.rcc.lib import settings
from f.rcc.lib.api import purge, stage_in
from f.rcc.lib.reservations import Reservation
from f.rcc.lib.retry import retrying


@retrying(attempts=3)
async def stage(project: str, paths: list[str]) -> dict:
    return await stage_in(project, paths)


@workflow
async def main(project: str, pinned: list[str], older_than_days: int = 60, maint_start: int = 0, maint_end: int = 0):
    window = Reservation("maint", maint_start, maint_end)
    if window.active:  # expect: WAC102
        return {"skipped": window.name}
    staged = await stage(project, pinned)  # expect: WAC201
    report = await purge(path=f"{settings.SCRATCH_ROOT}/{project}", older_than=older_than_days, dry_run=False)  # expect: WAC402
    await step("summary", lambda: {"staged": staged, "purged": report["files"]})
    return {"project": project, "site": settings.SITE, "built": settings.LOADED_AT}  # expect: WAC102
