# SDK: wmill 1.850.0 client.py wait_for_approval(timeout, form, self_approval, key, skin, description): `timeout_seconds` is not a parameter (TypeError).
from wmill import wait_for_approval, workflow


@workflow
async def main(doc: str):
    decision = await wait_for_approval(timeout_seconds=600)  # expect: WAC302
    return {"doc": doc, "approved": decision["approved"]}
