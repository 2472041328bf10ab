# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `ZipFile(path, "w")` creates a file on the worker's disk every round.
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
    with zipfile.ZipFile(archive, "w") as zf:  # expect: WAC101
        for name in sorted(logs):
            zf.writestr(name, logs[name])
    return await upload(archive)
