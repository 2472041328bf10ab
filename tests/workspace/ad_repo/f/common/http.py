"""Thin HTTP layer for the utility's internal APIs (SCADA gateway, CIS, GIS)."""

import requests

GATEWAY = "https://scada-gw.riverbend.internal"
DEFAULT_TIMEOUT = 20


def _headers(token: str | None) -> dict:
    headers = {"Accept": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def get_json(path: str, token: str | None = None) -> dict:
    resp = requests.get(f"{GATEWAY}{path}", headers=_headers(token), timeout=DEFAULT_TIMEOUT)
    resp.raise_for_status()
    return resp.json()


class Api:
    """Grew out of a script; kept as a namespace of static helpers."""

    base = GATEWAY

    @staticmethod
    def post(path: str, payload: dict, token: str | None = None) -> dict:
        resp = requests.post(
            f"{Api.base}{path}", json=payload, headers=_headers(token), timeout=DEFAULT_TIMEOUT
        )
        resp.raise_for_status()
        return resp.json()

    @staticmethod
    def url(path: str) -> str:
        return f"{Api.base}{path}"

    @classmethod
    def meter_url(cls, meter_id: str) -> str:
        return cls.url(f"/meters/{meter_id}")
