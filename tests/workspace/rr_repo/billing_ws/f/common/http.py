"""Sends requests to the payment provider."""

import requests


def post(url: str, body: dict) -> dict:
    return requests.post(url, json=body, timeout=10).json()
