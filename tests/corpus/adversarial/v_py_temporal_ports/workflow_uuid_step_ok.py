# SDK: wmill 1.850.0 step(name, fn) runs fn once and replays the JSON result; uuid5 of the input is deterministic
"""Ported from Temporal: ids minted inside step(), or derived from the input with uuid5."""
import uuid

from wmill import step, task, workflow

CLAIMS_NS = uuid.UUID("6f1c1d2e-8a4b-4a53-9a55-0c2a3b7e9d10")


@task()
async def open_claim(claim_id: str, policy_no: str, correlation: str) -> dict:
    import httpx
    import wmill

    api = wmill.get_resource("f/claims/core_api")
    r = httpx.post(
        f"{api['url']}/claims",
        json={"id": claim_id, "policy": policy_no},
        headers={"X-Correlation-Id": correlation},
    )
    r.raise_for_status()
    return r.json()


@workflow
async def main(policy_no: str, incident_ref: str):
    claim_id = str(uuid.uuid5(CLAIMS_NS, f"{policy_no}:{incident_ref}"))
    correlation = await step("correlation", lambda: uuid.uuid4().hex)
    claim = await open_claim(claim_id, policy_no, correlation)
    return {"claim": claim["id"], "correlation": correlation}
