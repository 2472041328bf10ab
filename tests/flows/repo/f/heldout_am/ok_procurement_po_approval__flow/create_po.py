import requests
import wmill


def main(vendor: str, amount: float, cost_center: str, approved_by: str):
    erp = wmill.get_resource("f/heldout_am/erp")
    resp = requests.post(
        f"{erp['url']}/purchase-orders",
        json={"vendor": vendor, "amount": amount, "cost_center": cost_center, "approved_by": approved_by},
        auth=(erp["user"], erp["password"]),
        timeout=30,
    )
    resp.raise_for_status()
    po = resp.json()
    return {"po_number": po["number"], "amount": amount}
