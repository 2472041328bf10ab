# Tasks shared by the billing workflows.
from wmill import task

from f.shared.models import DEFAULT_CURRENCY, DEFAULT_REGION


@task()
async def fetch_invoice(invoice_id: str, region: str = DEFAULT_REGION) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://billing.internal/{region}/invoices/{invoice_id}")
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def issue_refund(invoice_id: str, amount_cents: int, currency: str = DEFAULT_CURRENCY) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.post(
            "https://billing.internal/refunds",
            json={"invoice": invoice_id, "amount": amount_cents, "currency": currency},
        )
        return r.json()


@task()
async def record_audit(event: str, detail: dict) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://audit.internal/events", json={"event": event, **detail})
