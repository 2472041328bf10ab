# Charge invoices with retrying tasks: each attempt of a retried task is a
# checkpoint of its own (`charge`, `charge#retry2`, `charge#2`, ...).
import requests
from wmill import task, task_script, workflow

notify_finance = task_script("f/finance/notify", retry={"attempts": 1, "delay": 60})


@task(retry={"attempts": 3, "delay": 30, "multiplier": 2})
async def charge(invoice_id: str) -> dict:
    return requests.post(f"https://billing.example/charge/{invoice_id}", timeout=30).json()


@task(timeout=120)
async def list_due_invoices(day: str) -> list:
    return requests.get("https://billing.example/due", params={"day": day}, timeout=30).json()


@workflow
async def main(day: str):
    invoices = await list_due_invoices(day)
    first = await charge(invoices[0]) if invoices else None
    for invoice in invoices[1:]:
        await charge(invoice)
    await notify_finance(day=day, first=first)
    return {"charged": len(invoices)}
