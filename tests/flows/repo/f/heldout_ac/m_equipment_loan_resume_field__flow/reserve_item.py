import wmill
import requests


def main(item: str, employee: str, days: int, asset_tag: str, approved: bool):
    if not approved:
        return {"reserved": False}
    inv = wmill.get_resource("f/it/snipeit")
    resp = requests.post(
        f"{inv['url']}/api/v1/hardware/{asset_tag}/checkout",
        headers={"Authorization": f"Bearer {inv['token']}"},
        json={"checkout_to_type": "user", "assigned_user": employee, "expected_checkin_days": days, "note": item},
        timeout=20,
    )
    resp.raise_for_status()
    return {"reserved": True, "asset_tag": asset_tag}
