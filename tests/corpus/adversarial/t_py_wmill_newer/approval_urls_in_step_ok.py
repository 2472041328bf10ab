# SDK: get_approval_urls is a Windmill API call (here inside step); wait_for_approval accepts key, skin ("detailed"/"minimal") and description (str or {"markdown": ...}) in wmill 1.850.0
import requests
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

SLACK_WEBHOOK = "https://hooks.slack.com/services/T000/B000/XXXX"
REVIEW_FORM = {
    "type": "object",
    "properties": {"note": {"type": "string"}, "max_discount": {"type": "number"}},
}


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

    urls = await step("deal_desk_urls", lambda: get_approval_urls("deal_desk", approver=approver))
    await step(
        "notify_deal_desk",
        lambda: post_to_slack(f"Deal {deal_id}: {urls['approvalPage']}"),
    )
    decision = await wait_for_approval(
        key="deal_desk",
        timeout=2 * 86400,
        form=REVIEW_FORM,
        skin="minimal",
        description={"markdown": f"**{deal_id}** asks {discount_pct}% off, net {quote['net']}"},
    )
    if not decision["approved"]:
        return {"approved": False, "note": decision["value"].get("note")}
    return {"approved": True, "by": decision["approver"], **quote}
