import requests
import wmill


def main(vendor_name: str, vat_id: str, approved: bool, notes: str = ""):
    if not approved:
        return {"created": False, "reason": notes}
    erp = wmill.get_resource("f/procurement/erp")
    res = requests.post(
        f"{erp['base_url']}/vendors",
        json={"name": vendor_name, "vat_id": vat_id, "notes": notes},
        headers={"Authorization": f"Bearer {erp['token']}"},
        timeout=30,
    )
    res.raise_for_status()
    return {"created": True, "vendor_id": res.json()["id"]}
