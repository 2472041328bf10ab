from typing import TypedDict

import requests


class expensify(TypedDict):
    base_url: str
    token: str


def main(expensify: expensify, report_id: str):
    r = requests.get(
        f"{expensify['base_url']}/reports/{report_id}",
        headers={"Authorization": f"Bearer {expensify['token']}"},
        timeout=20,
    )
    r.raise_for_status()
    report = r.json()
    lines = report["expenses"]
    return {
        "total": round(sum(e["amount"] for e in lines), 2),
        "currency": report["currency"],
        "has_receipt_missing": any(not e.get("receipt_url") for e in lines),
        "lines": len(lines),
    }
