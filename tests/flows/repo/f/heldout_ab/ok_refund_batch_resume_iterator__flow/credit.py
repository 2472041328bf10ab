import requests
import wmill


def main(customer_id: str, note: str):
    billing = wmill.get_resource("f/finance/chargebee")
    res = requests.post(
        f"https://{billing['site']}.chargebee.com/api/v2/promotional_credits/add",
        auth=(billing["api_key"], ""),
        data={"customer_id": customer_id, "amount": 1000, "description": note},
        timeout=30,
    )
    return {"customer_id": customer_id, "status": res.status_code}
