# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `gzip.open(path, "wt")` writes a file each round, while `gzip.compress` only works on bytes.
import gzip
import json

from wmill import task, workflow


@task()
async def snapshot(table: str) -> list[dict]:
    return [{"id": 1}]


@workflow
async def main(table: str):
    rows = await snapshot(table)
    packed = gzip.compress(json.dumps(rows).encode())
    with gzip.open(f"/var/backups/{table}.json.gz", "wt") as fh:  # expect: WAC101
        json.dump(rows, fh)
    return {"rows": len(rows), "packed_bytes": len(packed)}
