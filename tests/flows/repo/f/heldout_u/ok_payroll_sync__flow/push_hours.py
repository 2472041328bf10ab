from typing import TypedDict

import requests


class payroll_api(TypedDict):
    base_url: str
    client_id: str
    client_secret: str


def main(payroll: payroll_api, pay_period: str, entries: list):
    tok = requests.post(
        f"{payroll['base_url']}/oauth/token",
        data={"grant_type": "client_credentials", "client_id": payroll["client_id"], "client_secret": payroll["client_secret"]},
        timeout=20,
    ).json()["access_token"]
    r = requests.put(
        f"{payroll['base_url']}/v2/periods/{pay_period}/hours",
        headers={"Authorization": f"Bearer {tok}"},
        json=[{"employee": e["employee_id"], "hours": float(e["hours"])} for e in entries],
        timeout=60,
    )
    r.raise_for_status()
    return {"accepted": r.json()["accepted"]}
