import requests


def main(expensify: dict, auto_approve_below: float = 50):
    r = requests.get(
        "https://integrations.expensify.com/reports",
        params={"status": "SUBMITTED"},
        auth=(expensify["partnerUserID"], expensify["partnerUserSecret"]),
        timeout=60,
    )
    r.raise_for_status()
    reports = r.json()["reports"]
    auto = [x for x in reports if x["total"] < auto_approve_below]
    needs_review = [x for x in reports if x["total"] >= auto_approve_below]
    return {"auto": auto, "needs_review": needs_review}
