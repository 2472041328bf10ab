"""Thin HTTP helpers for the billing API, exposed as a table of verbs."""
import requests

BASE = "https://billing.example.com/v2"


def _post(path: str, body: dict) -> dict:
    return requests.post(f"{BASE}{path}", json=body, timeout=10).json()


def _get(path: str) -> dict:
    return requests.get(f"{BASE}{path}", timeout=10).json()


def _url(path: str) -> str:
    return f"{BASE}{path}"


API = {"post": _post, "get": _get, "url": _url}
REFUNDS = {
    "card": lambda body: _post("/refunds/card", body),
    "wire": lambda body: _post("/refunds/wire", body),
}
LABELS = {"card": lambda body: f"card refund {body['id']}", "wire": lambda body: "wire refund"}
