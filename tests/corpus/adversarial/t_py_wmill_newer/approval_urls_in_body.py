# SDK: get_approval_urls(step_key) is a GET to /jobs/wac_approval_urls/<job>/<key> each time it is called (stable URLs, but a Windmill API call on every replay); wait_for_approval(key=...) names the step
import requests
import wmill
from wmill import step, task, wait_for_approval, workflow

SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX"


@task()
async def price_quote(deal_id: str, discount_pct: float) -> dict:
    base = 48_000 if deal_id.startswith("ENT") else 12_000
    return {"deal_id": deal_id, "net": round(base * (1 - discount_pct / 100), 2)}


def post_to_slack(text: str) -> None:
    requests.post(SLACK_WEBHOOK, json={"text": text}, timeout=10).raise_for_status()


@workflow
async def main(deal_id: str, discount_pct: float, approver: str = "finance-lead"):
    quote = await price_quote(deal_id=deal_id, discount_pct=discount_pct)
    if discount_pct <= 15:
        return {"auto_approved": True, **quote}

    urls = wmill.get_approval_urls("deal_desk", approver=approver)  # expect: WAC101
    await step(
        "notify_deal_desk",
        lambda: post_to_slack(
            f"Deal {deal_id} asks {discount_pct}% off (net {quote['net']}). "
            f"Approve: {urls['resume']} / Reject: {urls['cancel']}"
        ),
    )
    decision = await wait_for_approval(key="deal_desk", timeout=2 * 86400, skin="minimal")
    return {"approved": decision["approved"], "by": decision["approver"], **quote}
