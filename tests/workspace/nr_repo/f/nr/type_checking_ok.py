from __future__ import annotations

from typing import TYPE_CHECKING

from wmill import task, workflow

if TYPE_CHECKING:
    from f.lib.boot_config import Settings


@task()
async def load(key: str) -> dict:
    return {"key": key}


def pick(settings: Settings | None, key: str) -> str:
    return key if settings is None else str(settings.get(key, key))


@workflow
async def main(name: str):
    data = await load(name)
    return pick(None, data["key"])
