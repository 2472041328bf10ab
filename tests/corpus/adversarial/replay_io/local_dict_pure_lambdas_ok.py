# SDK: wmill 1.850.0 client.py: formatters held in a dict of lambdas are pure; the body only formats, the task posts.
import requests

from wmill import task, workflow

FORMATS = {
    "short": lambda v: f"v{v}",
    "long": lambda v: f"Release {v} is out",
}


@task()
async def announce(text: str) -> int:
    return requests.post("https://hooks.example.com", json={"text": text}, timeout=5).status_code


@workflow
async def main(version: str, style: str = "long"):
    return await announce(FORMATS["long"](version) if style == "long" else FORMATS["short"](version))
