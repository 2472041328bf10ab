"""Weekly scratch sweep: stage the datasets a project pinned, then purge the rest."""

from wmill import step, workflow

from f.rcc.lib import settings
from f.rcc.lib.api import purge, stage_in
from f.rcc.lib.reservations import Reservation
from f.rcc.lib.retry import retrying_errors


@retrying_errors(attempts=3)
async def stage(project: str, paths: list[str]) -> dict:
    return await stage_in(project, paths)


@workflow
async def main(project: str, pinned: list[str], older_than_days: int = 60, maint_start: int = 0, maint_end: int = 0):
    window = Reservation("maint", maint_start, maint_end)
    active = await step("maint_active", lambda: window.active)
    if active:
        return {"skipped": window.name, "hours": window.hours}
    staged = await stage(project, pinned)
    report = await purge(path=f"{settings.SCRATCH_ROOT}/{project}", older_than_days=older_than_days, dry_run=False)
    await step("summary", lambda: {"staged": staged, "purged": report["files"]})
    return {"project": project, "site": settings.SITE, "cluster": settings.CLUSTER}
