# SDK: wmill 1.850.0 client.py: time.monotonic() restarts with each round's process; the body decides from it whether to dispatch another page, so replays dispatch a different number of tasks.
import time

from wmill import task, workflow


@task()
async def sync_page(page: int) -> bool:
    return page < 20


@workflow
async def main(budget_s: float = 600.0):
    started = time.monotonic()  # expect: WAC102
    page = 0
    more = True
    while more:
        more = await sync_page(page)
        page += 1
        if time.monotonic() - started > budget_s:  # expect: WAC102
            break
    return {"pages": page}
