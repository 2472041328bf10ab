# Match every open invoice against bank transactions; invoices that do not
# match are flagged for the accounting team.
from wmill import task, task_script, workflow

fetch_open_invoices = task_script("f/accounting/fetch_open_invoices")
fetch_transactions = task_script("f/accounting/fetch_bank_transactions", timeout=300)


@task()
async def match_invoice(invoice: dict, transactions: list) -> dict:
    for tx in transactions:
        if tx["reference"] == invoice["number"] and abs(tx["amount"] - invoice["amount"]) < 0.01:
            return {"matched": True, "transaction_id": tx["id"]}
    return {"matched": False}


@task()
async def mark_paid(invoice_id: str, transaction_id: str):
    import requests

    requests.post(f"https://erp.example/api/invoices/{invoice_id}/pay", json={"tx": transaction_id}, timeout=30).raise_for_status()


@task()
async def flag_for_review(invoice_id: str):
    import requests

    requests.post("https://erp.example/api/review-queue", json={"invoice_id": invoice_id}, timeout=30).raise_for_status()


@workflow
async def main(company_id: str, month: str):
    invoices = await fetch_open_invoices(company_id=company_id, month=month)
    transactions = await fetch_transactions(company_id=company_id, month=month)
    unmatched = []
    for invoice in invoices:
        result = await match_invoice(invoice, transactions)
        if result["matched"]:
            await mark_paid(invoice["id"], result["transaction_id"])
        else:
            await flag_for_review(invoice["id"])
            unmatched.append(invoice["id"])
    return {"checked": len(invoices), "unmatched": unmatched}
