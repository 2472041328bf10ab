from datetime import date, timedelta

import requests


def main(planday: dict, store_id: str, weeks: int = 2):
    monday = date.today() + timedelta(days=7 - date.today().weekday())
    resp = requests.post(
        "https://openapi.planday.com/scheduling/v1/schedules",
        headers={"Authorization": f"Bearer {planday['token']}", "X-ClientId": planday["client_id"]},
        json={"departmentExternalId": store_id, "from": monday.isoformat(), "weeks": weeks},
        timeout=30,
    )
    resp.raise_for_status()
    return {"schedule_id": resp.json()["id"], "starts": monday.isoformat()}
