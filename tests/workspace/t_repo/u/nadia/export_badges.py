"""Export badge photos for a list of employees (Nadia's ad-hoc script)."""

import requests


def main(employee_ids: list[str], site: str = "lisbon") -> int:
    count = 0
    for emp in employee_ids:
        requests.post("https://badges.internal.example.com/v2/export", json={"id": emp, "site": site}, timeout=30)
        count += 1
    return count
