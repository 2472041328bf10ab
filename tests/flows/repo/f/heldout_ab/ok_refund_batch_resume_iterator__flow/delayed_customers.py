import requests
import wmill


def main(shipment_id: str):
    carrier = wmill.get_resource("f/logistics/carrier_api")
    res = requests.get(
        f"{carrier['base_url']}/shipments/{shipment_id}/consignees",
        headers={"Authorization": f"Bearer {carrier['token']}"},
        timeout=30,
    )
    return {"customers": res.json(), "approval_page": wmill.get_resume_urls()["approvalPage"]}
