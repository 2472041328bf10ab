# SDK: wmill 1.850.0 client.py: work submitted to an executor from the @workflow body runs outside any step, again on each replay.
from concurrent.futures import ThreadPoolExecutor

from wmill import task, workflow

pool = ThreadPoolExecutor(max_workers=4)


def ping(host: str) -> bool:
    import socket

    with socket.create_connection((host, 443), timeout=3):
        return True


@task()
async def inventory(env: str) -> list[str]:
    return ["api.internal", "db.internal"]


@workflow
async def main(env: str):
    hosts = await inventory(env)
    futures = [pool.submit(ping, h) for h in hosts]  # expect: WAC101
    return {"hosts": hosts, "submitted": len(futures)}
