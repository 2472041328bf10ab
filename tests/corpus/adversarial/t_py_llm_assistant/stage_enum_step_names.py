# SDK: step keys come from _alloc_key(name); a StrEnum member is a str whose value is fixed in the class, so the keys are stable, but Windmill's parser (windmill-oracle dag) labels these steps `step`: WAC103 at info, as for any constant name (first written as correct: corrected on running the oracle)
from datetime import datetime, timezone
from enum import StrEnum

from wmill import step, task, workflow


class Stage(StrEnum):
    """Pipeline stages, used as stable step names."""

    PLAN = "plan"
    CUTOFF = "cutoff"
    SUMMARY = "summary"


@task()
async def export_rows(table: str, cutoff: str) -> int:
    """Export rows changed before the cutoff."""
    return 420


@workflow
async def main(tables: list[str]) -> dict:
    """Plan, export and summarize a nightly export."""
    plan = await step(Stage.PLAN, lambda: sorted(set(tables)))  # expect: WAC103
    cutoff = await step(Stage.CUTOFF.value, lambda: datetime.now(timezone.utc).isoformat())  # expect: WAC103
    counts = {}
    for table in plan:
        counts[table] = await export_rows(table=table, cutoff=cutoff)
    summary = await step(Stage.SUMMARY, lambda: {"tables": len(counts), "rows": sum(counts.values())})  # expect: WAC103
    return {"cutoff": cutoff, **summary}
