import requests


def main(erp: dict, sku: str, quantity: int, supplier_id: str):
    resp = requests.post(
        f"{erp['base_url']}/purchase-orders",
        headers={"Authorization": f"Bearer {erp['token']}"},
        json={"supplier": supplier_id, "lines": [{"sku": sku, "quantity": quantity}]},
        timeout=30,
    )
    resp.raise_for_status()
    po = resp.json()
    return {"po_number": po["number"], "sku": sku, "quantity": quantity}
