# SDK: wmill 1.850.0 client.py: a subprocess spawned in the @workflow body is spawned again after every suspension.
import asyncio

from wmill import task, workflow


@task(timeout=3600)
async def upload_dump(path: str, bucket: str) -> str:
    return f"s3://{bucket}/{path.rsplit('/', 1)[-1]}"


@workflow
async def main(database: str, bucket: str):
    path = f"/tmp/{database}.dump"
    rc = await (await asyncio.create_subprocess_exec("pg_dump", "-Fc", "-f", path, database)).wait()  # expect: WAC101
    if rc != 0:
        return {"error": f"pg_dump exited with {rc}"}
    return await upload_dump(path, bucket)
