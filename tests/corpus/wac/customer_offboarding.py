# Offboard a customer: stop if the account does not exist or is already
# closed; otherwise cancel the subscription, export their data and close it.
from wmill import task, task_script, workflow
import requests

export_customer_data = task_script("./export_customer_data.py", timeout=1800)


@task()
async def get_account(account_id: str) -> dict:
    resp = requests.get(f"https://billing.example/api/accounts/{account_id}", timeout=30)
    if resp.status_code == 404:
        return {}
    return resp.json()


@task()
async def cancel_subscription(subscription_id: str):
    requests.delete(f"https://billing.example/api/subscriptions/{subscription_id}", timeout=30).raise_for_status()


@task()
async def close_account(account_id: str, export_url: str):
    requests.post(f"https://billing.example/api/accounts/{account_id}/close", json={"export": export_url}, timeout=30).raise_for_status()


@workflow
async def main(account_id: str):
    account = await get_account(account_id)
    if not account:
        return {"status": "not_found"}
    if account["status"] == "closed":
        return {"status": "already_closed"}
    if account.get("subscription_id"):
        await cancel_subscription(account["subscription_id"])
    export = await export_customer_data(account_id=account_id)
    await close_account(account_id, export["url"])
    return {"status": "closed", "export": export["url"]}
