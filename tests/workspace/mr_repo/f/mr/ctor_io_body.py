from f.common.login_api import LoggedIn, Page
from wmill import task, workflow


@task()
async def fetch_orders(url: str, headers: dict, size: int) -> list:
    return []


@workflow
async def main(url: str, user: str):
    page = Page(url)
    session = LoggedIn(url, user)  # expect: WAC101
    return await fetch_orders(url, session.headers(), page.size)
