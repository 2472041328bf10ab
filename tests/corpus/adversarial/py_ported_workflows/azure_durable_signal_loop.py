# SDK: wmill 1.850.0 client.py _wait_for_approval(): an explicit key is allocated with _alloc_key, and a second call with the same key gets "<key>_2" != key, so the SDK raises RuntimeError on the loop's second pass; get_resume_urls() outside step() signs a new nonce every replay.
"""Budget increase ported from Azure Durable Functions: wait_for_external_event in a loop until approved."""

import logging

from wmill import get_resume_urls, task, wait_for_approval, workflow

log = logging.getLogger("budget")


@task()
async def post_request(team: str, amount: int, approval_page: str) -> None:
    import httpx

    httpx.post("https://chat.internal/hooks/finance", json={"text": f"{team} asks {amount}: {approval_page}"})


@task()
async def apply_budget(team: str, amount: int) -> dict:
    import httpx

    return httpx.put(f"https://finance.internal/budgets/{team}", json={"amount": amount}).json()


@workflow
async def main(team: str, amount: int, max_rounds: int = 3):
    urls = get_resume_urls()  # expect: WAC102
    await post_request(team, amount, urls["approvalPage"])
    for round_no in range(max_rounds):
        event = await wait_for_approval(key="budget_decision", timeout=3600)  # expect: WAC303
        if event.get("approved"):
            return await apply_budget(team, amount)
        log.info("round %d rejected, asking again", round_no)
    return {"team": team, "status": "rejected"}
