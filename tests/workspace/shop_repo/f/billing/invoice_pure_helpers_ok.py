from f.shared.http_client import build_headers
from f.shared.money import format_eur, to_cents
from wmill import task, workflow


@task()
async def send_invoice(customer: str, label: str, headers: dict) -> bool:
    return True


@workflow
async def main(customer: str, amount: float, token: str):
    label = format_eur(to_cents(amount))
    return await send_invoice(customer, label, build_headers(token))
