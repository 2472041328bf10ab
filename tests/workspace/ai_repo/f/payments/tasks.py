from __future__ import annotations

from wmill import task, task_script

from f.payments.ledger import LedgerClient, post_entry

fetch_statement = task_script("f/ops/fetch_bank_statement", timeout=300)
freeze_account = task_script("f/ops/freeze_account")


@task(timeout=120)
async def ledger_balance(book: str, account: str) -> int:
    return LedgerClient(book).balance(account)


@task(timeout=120, retry={"attempts": 3, "delay": 10, "multiplier": 2})
async def book_entry(book: str, debit: str, credit: str, amount_minor: int, ref: str) -> str:
    return post_entry(book, debit, credit, amount_minor, ref)


@task()
async def submit_evidence(dispute_id: str, documents: list[str]) -> dict:
    import requests

    resp = requests.post(
        f"https://acquirer.example/disputes/{dispute_id}/evidence",
        json={"documents": documents},
        timeout=30,
    )
    return {"status": resp.status_code, "dispute_id": dispute_id}


@task()
async def screen_name(full_name: str, country: str) -> dict:
    import requests

    resp = requests.get(
        "https://sanctions.example/screen", params={"q": full_name, "c": country}, timeout=20
    )
    return resp.json()
