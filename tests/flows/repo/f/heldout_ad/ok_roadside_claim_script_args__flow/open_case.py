import wmill
import requests


def main(policy_no: str, partner_id: str, km: float, lat: float, lng: float, description: str):
    crm = wmill.get_resource("f/claims/crm")
    resp = requests.post(
        f"{crm['url']}/api/cases",
        headers={"Authorization": f"Bearer {crm['token']}"},
        json={
            "policy": policy_no,
            "type": "roadside",
            "partner": partner_id,
            "distance_km": km,
            "location": {"lat": lat, "lng": lng},
            "description": description,
        },
        timeout=15,
    )
    resp.raise_for_status()
    case = resp.json()
    return {"case_id": case["id"], "eta_minutes": int(15 + km * 1.5)}
