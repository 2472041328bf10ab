# SDK: wmill 1.850.0 client.py: each round replays the body in a new process, possibly on another worker; the guide: branching on environment reads is unsafe unless the value is first captured with step().
import os

from wmill import task, workflow


@task()
async def plan_migration(db: str) -> list[str]:
    return [f"ALTER TABLE {db}.users ADD COLUMN tier text"]


@task()
async def apply_migration(db: str, statements: list[str]) -> int:
    return len(statements)


@workflow
async def main(db: str):
    statements = await plan_migration(db)
    if os.environ.get("MIGRATIONS_DRY_RUN") == "1":  # expect: WAC102
        return {"db": db, "planned": statements}
    return {"db": db, "applied": await apply_migration(db, statements)}
