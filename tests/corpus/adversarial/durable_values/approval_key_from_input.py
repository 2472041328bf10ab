# SDK: wmill 1.850.0 client.py wait_for_approval(key=...) allocates the key like a step name; the guide says not to generate names dynamically.
from wmill import get_approval_urls, step, wait_for_approval, workflow


@workflow
async def main(request_id: str, approver: str):
    key = f"approve_{approver}"
    urls = await step("urls", lambda: get_approval_urls(key))
    decision = await wait_for_approval(key=key, timeout=7200)  # expect: WAC103
    return {"request": request_id, "urls": urls, "approved": decision["approved"]}
