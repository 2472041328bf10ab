# SDK: wmill 1.850.0 client.py _alloc_key: a name built from the clock changes on replay, so the checkpoint key is never found again.
from datetime import datetime

from wmill import step, task, workflow


@task()
async def export_snapshot(db: str) -> str:
    return f"s3://snapshots/{db}.sql.gz"


@workflow
async def main(db: str):
    stamp = datetime.now().strftime("%Y%m%d%H%M")  # expect: WAC102
    uri = await export_snapshot(db)
    checksum = await step(f"checksum_{stamp}", lambda: uri.rsplit("/", 1)[-1])  # expect: WAC103
    return {"uri": uri, "checksum": checksum}
