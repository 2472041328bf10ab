# Vendor contract sign-off by legal and then finance, each with its own keyed
# approval step so the links in the notifications resume exactly that step.
from wmill import task, workflow, step, wait_for_approval, get_approval_urls
import requests


@task()
async def post_to_channel(channel: str, text: str):
    requests.post(f"https://hooks.slack.example/{channel}", json={"text": text}, timeout=10).raise_for_status()


@task(timeout=300)
async def archive_contract(contract_id: str, status: str):
    requests.patch(f"https://contracts.example/api/{contract_id}", json={"status": status}, timeout=30).raise_for_status()


@workflow
async def main(contract_id: str, vendor: str, value_eur: int):
    legal_urls = await step("legal_urls", lambda: get_approval_urls("legal"))
    await post_to_channel("legal", f"Contract {contract_id} with {vendor}: approve {legal_urls['resume']} or reject {legal_urls['cancel']}")
    legal = await wait_for_approval(key="legal", timeout=7 * 86400)
    if not legal["approved"]:
        await archive_contract(contract_id, "rejected_by_legal")
        return {"status": "rejected", "by": "legal"}

    finance_urls = await step("finance_urls", lambda: get_approval_urls("finance"))
    await post_to_channel("finance", f"Contract {contract_id} ({value_eur} EUR): approve {finance_urls['resume']}")
    finance = await wait_for_approval(key="finance", timeout=7 * 86400)
    status = "approved" if finance["approved"] else "rejected_by_finance"
    await archive_contract(contract_id, status)
    return {"status": status}
