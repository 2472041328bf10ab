# SDK: no wmill import; builds request bodies only, never sends them
import json


def post_json(kind: str, body: dict) -> str:
    """The JSON text of a POST body, wrapped in the team's envelope."""
    return json.dumps({"kind": kind, "version": 2, "body": body}, sort_keys=True)


def money(cents: int, currency: str = "EUR") -> str:
    return f"{cents / 100:.2f} {currency.upper()}"
