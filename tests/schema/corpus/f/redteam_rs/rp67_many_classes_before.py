import asyncio
import json
from typing import Any


class Client:
    def __init__(self, base: str, *, timeout: int = 10) -> None:
        self.base = base

    async def get(self, path: str, params: dict | None = None) -> Any:
        return None


def helper(main: int = 1):
    return main


async def _inner(x: int = 2) -> int:
    return x


main_alias = helper


async def main(
    base_url: str = "https://example.com",
    paths: list[str] = ["/a", "/b"],
    concurrency: int = 4,
    params: dict = {},
) -> list:
    c = Client(base_url)
    return await asyncio.gather(*(c.get(p, params) for p in paths))
