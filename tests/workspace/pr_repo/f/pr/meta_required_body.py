from wmill import task, workflow


@task()
async def fetch_page(url: str, page: int) -> dict:
    return {"url": url, "page": page}


@workflow
async def main(url: str, page: int):  # expect: WAC901
    return await fetch_page(url=url, page=page)
