import wmill
import requests


def main(referral_id: str, visit_id: str):
    sms = wmill.get_resource("f/clinic/sms_gateway")
    visit = requests.get(f"{sms['booking_url']}/visits/{visit_id}", timeout=20).json()
    requests.post(
        f"{sms['url']}/messages",
        json={"to": visit["patient_phone"], "text": f"Your physio visit: {visit['starts_at']}"},
        headers={"Authorization": f"Bearer {sms['token']}"},
        timeout=20,
    ).raise_for_status()
    return {"referral_id": referral_id, "texted": True}
