# SDK: wmill 1.850.0 client.py wait_for_approval(timeout=1800, ...): timeout is the first parameter, so a positional 3600 is the timeout (unlike TypeScript's options object).
from wmill import get_resume_urls, step, wait_for_approval, workflow


@workflow
async def main(doc: str):
    urls = await step("urls", lambda: get_resume_urls("legal"))
    decision = await wait_for_approval(3600)
    return {"doc": doc, "page": urls["approvalPage"], "approved": decision["approved"]}
