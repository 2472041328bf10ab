# SDK: wmill 1.850.0 task(timeout=..., tag=...) returns decorator(func), keyed by func.__name__; a house decorator returning task(...)(fn) makes each decorated function a task whose body runs in its own job
import requests
from wmill import task, workflow

ACE = "https://ace-gateway.brokerco.example"


def customs_task(timeout: int = 300, tag: str = "customs"):
    """House default for every ACE call: a longer timeout and the customs worker group."""

    def decorate(fn):
        return task(timeout=timeout, tag=tag)(fn)  # expect: WAC003

    return decorate


@customs_task(timeout=600)
async def file_entry_summary(entry_no: str, lines: list[dict]) -> dict:
    r = requests.post(f"{ACE}/entries/{entry_no}/summary", json={"lines": lines}, timeout=120)
    r.raise_for_status()
    return r.json()


@customs_task()
async def request_cargo_release(entry_no: str, port: str) -> dict:
    r = requests.post(f"{ACE}/releases", json={"entry": entry_no, "port": port}, timeout=60)
    r.raise_for_status()
    return r.json()


@customs_task()
async def notify_importer(importer: str, entry_no: str, status: str) -> bool:
    r = requests.post(f"{ACE}/importers/{importer}/notices", json={"entry": entry_no, "status": status}, timeout=30)
    return r.ok


@workflow
async def main(entry_no: str, importer: str, port: str, lines: list[dict]):
    summary = await file_entry_summary(entry_no, lines)
    release = await request_cargo_release(entry_no, port)
    notify_importer(importer, entry_no, release["status"])  # expect: WAC106
    return {"entry": entry_no, "summary": summary.get("ack"), "release": release["status"]}
