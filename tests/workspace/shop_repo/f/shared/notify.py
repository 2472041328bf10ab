from f.shared.http_client import post_json

HOOK = "https://hooks.example.com/billing"


def alert(text: str) -> int:
    return post_json(HOOK, {"text": text})
