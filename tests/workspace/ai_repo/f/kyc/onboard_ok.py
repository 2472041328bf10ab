"""Onboard a business customer: sanctions screening, manual review on hits, wallet opening."""

from __future__ import annotations

from wmill import step, task, wait_for_approval, workflow

from f.payments.clients import format_alert, notify_finance
from f.payments.ledger import LedgerClient
from f.payments.tasks import freeze_account, screen_name

HIGH_RISK_COUNTRIES = ("IR", "KP", "SY", "MM")


@task(timeout=60)
async def open_wallet(customer_id: str, currency: str) -> str:
    client = LedgerClient("wallets")
    return client.post({"debit": "0000-open", "credit": customer_id, "amount_minor": 0, "ref": currency})


@task(timeout=30)
async def alert_finance(text: str) -> None:
    notify_finance(text)


@workflow
async def main(customer_id: str, legal_name: str, country: str, directors: list[str]):
    screenings = [await screen_name(legal_name, country)]
    for director in directors:
        screenings.append(await screen_name(director, country))
    hits = sum(len(s.get("hits", [])) for s in screenings)

    if hits or country in HIGH_RISK_COUNTRIES:
        await alert_finance(format_alert("KYC", customer_id, f"{hits} screening hits"))
        decision = await wait_for_approval(
            key="kyc-review",
            timeout=3 * 86_400,
            form={"type": "object", "properties": {"notes": {"type": "string"}}},
        )
        if not decision["approved"]:
            await freeze_account(account_id=customer_id, reason="kyc-rejected")
            return {"customer_id": customer_id, "status": "rejected"}

    wallet = await open_wallet(customer_id, "EUR")
    opened = await step("opened", lambda: {"wallet": wallet, "hits": hits})
    return {"customer_id": customer_id, "status": "active", **opened}
