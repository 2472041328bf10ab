# SDK: wmill 1.850.0: json.dumps writes a str-mixin Enum member as its value; the body compares with the same value
"""KYC checks returning a status enum that mixes in str."""
from enum import Enum

from wmill import task, wait_for_approval, workflow


class Verdict(str, Enum):
    CLEAR = "clear"
    REVIEW = "review"
    REJECT = "reject"


@task()
async def screen(customer_id: str, country: str) -> Verdict:
    import httpx
    import wmill

    api = wmill.get_resource("f/kyc/screening")
    r = httpx.post(f"{api['url']}/screen", json={"customer": customer_id, "country": country})
    r.raise_for_status()
    hits = r.json()["hits"]
    if not hits:
        return Verdict.CLEAR
    return Verdict.REJECT if any(h["score"] > 0.95 for h in hits) else Verdict.REVIEW


@task()
async def activate(customer_id: str) -> dict:
    import httpx
    import wmill

    api = wmill.get_resource("f/kyc/core")
    return httpx.post(f"{api['url']}/customers/{customer_id}/activate").json()


@workflow
async def main(customer_id: str, country: str):
    verdict = await screen(customer_id, country)
    if verdict == Verdict.REJECT:
        return {"customer": customer_id, "status": "rejected"}
    if verdict == "review":
        decision = await wait_for_approval(timeout=86400, key="compliance")
        if not decision["approved"]:
            return {"customer": customer_id, "status": "declined"}
    return await activate(customer_id)
