# SDK: wmill 1.850.0: os.path.splitext / posixpath.join / PurePosixPath are string operations; time.gmtime of an input epoch; uuid.UUID parses its input
import os.path
import posixpath
import time
import uuid
from pathlib import PurePosixPath

from wmill import get_workspace, task, workflow


@task()
async def export_table(table: str, key: str) -> int:
    import boto3
    import psycopg

    with psycopg.connect("postgresql://kpi@db.example-depot.org/kpi") as conn:
        rows = conn.execute(f"select count(*) from {table}").fetchone()
    boto3.client("s3").put_object(Bucket="depot-kpi", Key=key, Body=str(rows[0]).encode())
    return int(rows[0])


def export_key(workspace: str, table: str, period_epoch: int, run_ref: str) -> str:
    y, m = time.gmtime(period_epoch)[:2]
    stem, _ = os.path.splitext(table)
    return posixpath.join(workspace, f"{y:04d}-{m:02d}", str(PurePosixPath(stem).with_suffix(".csv")), run_ref)


@workflow
async def main(tables: list[str], period_epoch: int, request_id: str):
    ref = str(uuid.UUID(request_id))
    ws = get_workspace()
    counts = {}
    for table in tables:
        counts[table] = await export_table(table, export_key(ws, table, period_epoch, ref))
    return {"ref": ref, "counts": counts}
