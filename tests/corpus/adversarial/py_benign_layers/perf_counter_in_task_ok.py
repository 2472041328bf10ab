# SDK: wmill 1.850.0 client.py: the timing and the jitter are taken inside the task; the body only reads the task's checkpointed numbers.
import random
import time

from wmill import sleep, task, workflow


def _timed(fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    return out, round(time.perf_counter() - t0, 3)


def _probe(host: str) -> bool:
    import socket

    try:
        socket.create_connection((host, 443), timeout=3).close()
        return True
    except OSError:
        return False


@task()
async def probe(host: str) -> dict:
    ok, seconds = _timed(_probe, host)
    return {"host": host, "ok": ok, "seconds": seconds, "retry_in": random.randint(10, 60)}


@workflow
async def main(hosts: list[str]):
    report = []
    for host in hosts:
        first = await probe(host)
        if not first["ok"]:
            await sleep(first["retry_in"])
            first = await probe(host)
        report.append(first)
    return report
