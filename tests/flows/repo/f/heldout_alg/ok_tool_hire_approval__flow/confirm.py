from typing import Optional

import wmill
import requests


def main(customer_id: str, tool_sku: str, days: int, price_per_day: float, approved_by: Optional[str] = None):
    pos = wmill.get_resource("f/tool_hire/pos_api")
    resp = requests.post(
        f"{pos['url']}/rentals",
        json={
            "customer": customer_id,
            "sku": tool_sku,
            "days": days,
            "price_per_day": price_per_day,
            "approved_by": approved_by,
        },
        headers={"Authorization": f"Bearer {pos['token']}"},
        timeout=20,
    )
    resp.raise_for_status()
    return {"rental_id": resp.json()["id"], "days": days}
