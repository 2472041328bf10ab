# Run a schema migration behind a maintenance window: enable maintenance mode,
# snapshot, migrate, and always switch maintenance mode off again.
from wmill import task, task_script, workflow

take_snapshot = task_script("f/db/take_snapshot", timeout=1800)
restore_snapshot = task_script("f/db/restore_snapshot", timeout=3600)


@task()
async def set_maintenance_mode(app: str, enabled: bool):
    import requests

    requests.put(f"https://admin.example/api/apps/{app}/maintenance", json={"enabled": enabled}, timeout=30).raise_for_status()


@task(timeout=3600, tag="db")
async def apply_migrations(database: str, target_version: str) -> list:
    import subprocess

    out = subprocess.run(["alembic", "-x", f"db={database}", "upgrade", target_version], check=True, capture_output=True, text=True)
    return out.stdout.splitlines()


@workflow
async def main(app: str, database: str, target_version: str):
    await set_maintenance_mode(app, True)
    # Not `finally`: it would also run each time the workflow suspends inside the try,
    # switching maintenance off before the migration has even been dispatched.
    snapshot = await take_snapshot(database=database)
    try:
        log = await apply_migrations(database, target_version)
    except Exception as e:
        await restore_snapshot(database=database, snapshot_id=snapshot["id"])
        await set_maintenance_mode(app, False)
        return {"status": "rolled_back", "error": str(e)}
    await set_maintenance_mode(app, False)
    return {"status": "migrated", "log": log}
