# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; every function the decorator registers only renders text.
from typing import Callable

from wmill import task, workflow

RENDERERS: dict[str, Callable[[dict], str]] = {}


def renderer(kind: str):
    def register(fn: Callable[[dict], str]) -> Callable[[dict], str]:
        RENDERERS[kind] = fn
        return fn

    return register


@renderer("short")
def short(report: dict) -> str:
    return f"{report['ok']}/{report['total']}"


@renderer("long")
def long(report: dict) -> str:
    return f"{report['ok']} of {report['total']} checks passed"


@task()
async def run_checks(service: str) -> dict:
    return {"ok": 9, "total": 10}


@task()
async def publish(text: str) -> bool:
    return True


@workflow
async def main(service: str, style: str = "short"):
    report = await run_checks(service)
    return await publish(RENDERERS[style](report))
