import requests
import wmill


def main(phone: str, body: str):
    sms = wmill.get_resource("f/shearing/sms_gateway")
    resp = requests.post(sms["url"], data={"to": phone, "text": body, "key": sms["key"]}, timeout=15)
    resp.raise_for_status()
    return {"to": phone}
