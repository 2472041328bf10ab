# SDK: wmill 1.850.0 client.py _run_inline_step: the step's value is recorded once and replayed; the HTTP client's own timeout bounds the call inside the step.
import httpx
from wmill import step, task, workflow


async def fetch_fx_rate(currency: str) -> float:
    async with httpx.AsyncClient(timeout=5) as client:
        resp = await client.get(f"https://fx.example.com/latest/{currency}")
        return float(resp.json()["rate"])


@task()
async def book_payment(amount: float, rate: float) -> str:
    return f"booked {amount * rate:.2f}"


@workflow
async def main(amount: float, currency: str = "EUR"):
    rate = await step("fx_rate", lambda: fetch_fx_rate(currency))
    return await book_payment(amount, rate)
