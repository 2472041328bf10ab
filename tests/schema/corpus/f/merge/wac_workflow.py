from wmill import task, workflow

@task()
async def fetch(url: str) -> dict:
    return {}

@workflow
async def main(urls: list[str], retries: int = 3, notify: bool = False):
    return [await fetch(u) for u in urls]
