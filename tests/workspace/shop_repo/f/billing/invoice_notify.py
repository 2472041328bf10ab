from f.shared.http_client import post_json
from wmill import task, workflow


@task()
async def build_invoice(customer: str) -> dict:
    return {"customer": customer, "total": 120}


@workflow
async def main(customer: str):
    invoice = await build_invoice(customer)
    post_json("https://hooks.example.com/invoices", invoice)  # expect: WAC101
    return invoice
