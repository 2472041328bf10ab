# SDK: wmill 1.850.0 client.py: the body re-runs from the top after each task; a temporary directory created in it is created (and removed) on every replay.
import tempfile
from pathlib import Path

from wmill import task, workflow


@task()
async def export_rows(table: str) -> list[dict]:
    return [{"id": 1, "table": table}]


@workflow
async def main(table: str):
    rows = await export_rows(table)
    with tempfile.TemporaryDirectory() as tmp:  # expect: WAC101
        manifest = Path(tmp) / "manifest.txt"
    return {"rows": len(rows), "manifest": manifest.name}
