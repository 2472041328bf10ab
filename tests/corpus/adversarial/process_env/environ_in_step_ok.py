# SDK: wmill 1.850.0 client.py _run_inline_step: the environment is read once, in the step, and every replay gets the recorded boolean.
import os

from wmill import step, task, workflow


@task()
async def plan_migration(db: str) -> list[str]:
    return [f"ALTER TABLE {db}.users ADD COLUMN tier text"]


@task()
async def apply_migration(db: str, statements: list[str]) -> int:
    return len(statements)


@workflow
async def main(db: str):
    statements = await plan_migration(db)
    dry_run = await step("dry_run", lambda: os.environ.get("MIGRATIONS_DRY_RUN") == "1")
    if dry_run:
        return {"db": db, "planned": statements}
    return {"db": db, "applied": await apply_migration(db, statements)}
