# SDK: wmill 1.850.0 client.py: a duration that only reaches a print line changes the round's log, not the keys or values of any durable call.
import time

from wmill import task, workflow


@task()
async def sync_page(page: int) -> bool:
    return page < 20


@workflow
async def main(max_pages: int = 50):
    page = 0
    more = True
    started = time.perf_counter()
    while more and page < max_pages:
        more = await sync_page(page)
        page += 1
    print(f"round replayed {page} pages in {time.perf_counter() - started:.3f}s")
    return {"pages": page}
