# SDK: wmill 1.850.0 client.py task(): the guide says define tasks at module top level with stable names; a task built inside a helper runs but is keyed by the inner function's name.
from wmill import task, workflow


def make_fetcher(base: str):
    @task()  # expect: WAC003
    async def fetch_page(page: int) -> dict:
        return {"base": base, "page": page}

    return fetch_page


fetch_page = make_fetcher("https://api.example.com")


@workflow
async def main(pages: int = 3):
    return [await fetch_page(p) for p in range(pages)]
