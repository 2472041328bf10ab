# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the context manager yields an `httpx.AsyncClient` (its annotation says so), and the body's `post` on it is sent every round.
from contextlib import asynccontextmanager
from typing import AsyncIterator

import httpx
from wmill import task, workflow


@asynccontextmanager
async def api_session(token: str) -> AsyncIterator[httpx.AsyncClient]:
    client = await _connect(token)
    try:
        yield client
    finally:
        await client.aclose()


async def _connect(token: str):
    return httpx.AsyncClient(base_url="https://api.example", headers={"Authorization": token})


@task()
async def score(lead: str) -> int:
    return 72


@workflow
async def main(lead: str, token: str):
    value = await score(lead)
    async with api_session(token) as api:
        await api.post(f"/leads/{lead}/score", json={"value": value})  # expect: WAC101
    return value
