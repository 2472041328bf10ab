# SDK: wmill 1.850.0 client.py parallel(): `batch_size = concurrency if concurrency and concurrency > 0 else len(items)`, so concurrency=0 runs every item at once (no error, nothing dropped).
from wmill import parallel, task, workflow


@task()
async def thumb(url: str) -> dict:
    return {"url": url}


@workflow
async def main(urls: list[str], limit: int = 0):
    return await parallel(urls, thumb, concurrency=limit)
