import requests

from f.common.registry import register


@register("webhook")
def webhook(payload: dict) -> int:
    return requests.post("https://hooks.example/in", json=payload, timeout=10).status_code


@register("echo")
def echo(payload: dict) -> dict:
    return payload
