"""The lift catalogue, loaded once from the operations API."""

import os

import requests

API = os.environ.get("RESORT_API", "https://ops.resort.example/api")

LIFTS = requests.get(f"{API}/lifts", timeout=15).json()


def lift_name(lift_id: str) -> str:
    for lift in LIFTS:
        if lift["id"] == lift_id:
            return lift["name"]
    return lift_id
