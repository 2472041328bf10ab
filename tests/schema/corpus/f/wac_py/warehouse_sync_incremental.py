# Incremental sync from a paginated REST API into the warehouse: follow the
# cursor until the API reports no more pages.
from wmill import task, task_script, workflow
import requests

upsert_rows = task_script("f/warehouse/upsert_rows", timeout=600, tag="etl")
save_cursor = task_script("f/warehouse/save_cursor")
read_cursor = task_script("f/warehouse/read_cursor")


@task(timeout=300)
async def fetch_page(endpoint: str, cursor: str, page_size: int) -> dict:
    resp = requests.get(endpoint, params={"cursor": cursor, "limit": page_size}, timeout=120)
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(endpoint: str, table: str, page_size: int = 1000):
    cursor = await read_cursor(table=table)
    has_more = True
    pages = 0
    while has_more:
        page = await fetch_page(endpoint, cursor, page_size)
        await upsert_rows(table=table, rows=page["data"])
        cursor = page["next_cursor"]
        has_more = page["has_more"]
        pages += 1
    await save_cursor(table=table, cursor=cursor)
    return {"pages": pages, "cursor": cursor}
