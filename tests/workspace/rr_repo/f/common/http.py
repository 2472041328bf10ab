"""Builds request descriptions; sending them is the caller's job."""


def post(url: str, body: dict) -> dict:
    return {"method": "POST", "url": url, "body": body}
