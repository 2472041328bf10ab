# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `ZipFile(path, "w")` writes a file on the worker's disk every round (reported at the write, as team_styles/archive_exports_zip.py).
import zipfile

from wmill import task, workflow


@task()
async def collect_logs(job: str) -> dict:
    return {"app.log": "started\nfinished\n"}


@task()
async def upload(path: str) -> bool:
    return True


@workflow
async def main(job: str):
    logs = await collect_logs(job)
    archive = f"/tmp/{job}-logs.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for name in sorted(logs):
            zf.writestr(name, logs[name])  # expect: WAC101
    return await upload(archive)
