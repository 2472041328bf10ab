from wmill import task, task_flow, task_script, workflow

from f.lib.helpers import notify, slugify

extract = task_script("f/etl/extract")
load = task_script("f/etl/load")
pipeline = task_flow("f/etl/pipeline")


@task()
async def summarise(rows: list[dict]) -> str:
    return f"{len(rows)} rows"


@workflow
async def main(url: str, date: str):
    rows = await extract(url=url, limit=50)
    await load(rows=rows, table=slugify("daily rows"))
    await pipeline(date=date)
    notify("#etl", await summarise(rows))
    return rows
