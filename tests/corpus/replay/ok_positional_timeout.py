# Python's wait_for_approval takes the timeout as its first parameter.
from wmill import step, get_resume_urls, wait_for_approval, workflow


@workflow
async def main():
    urls = await step("urls", lambda: get_resume_urls())
    approval = await wait_for_approval(3600)
    return {"urls": urls, "approval": approval}
