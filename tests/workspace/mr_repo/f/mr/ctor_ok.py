from f.common.login_api import LoggedIn, Page
from wmill import step, workflow


@workflow
async def main(url: str, user: str):
    page = Page(url, size=1000)
    headers = await step("login", lambda: LoggedIn(url, user).headers())
    return {"size": page.size, "headers": headers}
