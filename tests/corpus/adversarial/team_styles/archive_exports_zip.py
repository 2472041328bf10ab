# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the archive is rewritten on disk each round (zipfile writes to the path it was opened with).
import json
import logging
import zipfile

from wmill import task, workflow

log = logging.getLogger("exports")


@task(timeout=600)
async def export_table(table: str, day: str) -> list[dict]:
    return [{"id": 1}]


@task()
async def upload_archive(path: str, bucket: str) -> str:
    return f"s3://{bucket}/{path.rsplit('/', 1)[-1]}"


@workflow
async def main(tables: list[str], day: str, bucket: str = "exports", workdir: str = "/tmp"):
    exported = {t: await export_table(t, day) for t in tables}
    path = f"{workdir}/export-{day}.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table, rows in exported.items():
            archive.writestr(f"{table}.json", json.dumps(rows))  # expect: WAC101
    log.info("archived %d tables", len(exported))
    return await upload_archive(path, bucket)
