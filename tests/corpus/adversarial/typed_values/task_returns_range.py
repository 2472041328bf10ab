# SDK: wmill 1.850.0 client.py: a range is not JSON; default=str writes "range(0, 500, 100)", so the body's loop dispatches one task per character of that text.
from wmill import task, workflow


@task()
async def page_offsets(table: str, page: int) -> range:
    total = 500
    return range(0, total, page)  # expect: WAC107


@task()
async def export_page(table: str, offset: int) -> int:
    return 0


@workflow
async def main(table: str, page: int = 100):
    offsets = await page_offsets(table, page)
    return [await export_page(table, o) for o in offsets]
