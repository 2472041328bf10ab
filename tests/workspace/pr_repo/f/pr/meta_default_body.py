from wmill import task, workflow


@task()
async def attempt(url: str, retries: int) -> dict:
    return {"url": url, "retries": retries}


@workflow
async def main(url: str, retries: int = 3):  # expect: WAC901
    return await attempt(url=url, retries=retries)
