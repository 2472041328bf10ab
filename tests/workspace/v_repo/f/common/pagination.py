# SDK: none; paging helpers over the ledger API (network) and over lists (pure)
from collections.abc import AsyncIterator, Iterator

import httpx
import requests


async def ledger_pages(base_url: str, token: str, page_size: int = 200) -> AsyncIterator[list[dict]]:
    """Yield pages of ledger entries, following the API's cursor."""
    cursor = None
    async with httpx.AsyncClient(base_url=base_url, headers={"Authorization": f"Bearer {token}"}) as client:
        while True:
            resp = await client.get("/entries", params={"limit": page_size, "cursor": cursor})
            resp.raise_for_status()
            body = resp.json()
            yield body["data"]
            cursor = body.get("next_cursor")
            if not cursor:
                return


async def in_batches(items: list, size: int) -> AsyncIterator[list]:
    """Yield `items` in slices of `size` (pure; async so it fits `async for`)."""
    for start in range(0, len(items), size):
        yield items[start : start + size]


def chunked(items: list, size: int) -> Iterator[list]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class InvoiceCursor:
    """Iterate over open invoices of the billing DB export service, page by page."""

    def __init__(self, url: str, status: str = "open"):
        self.url = url
        self.status = status

    def __iter__(self):
        page = 1
        while True:
            resp = requests.get(self.url, params={"status": self.status, "page": page}, timeout=30)
            resp.raise_for_status()
            rows = resp.json()
            if not rows:
                return
            yield from rows
            page += 1
