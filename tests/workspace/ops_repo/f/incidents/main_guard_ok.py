# SDK: wmill 1.850.0; Windmill imports the script and calls main, so the __main__ block (a local
# smoke test) never runs in a replay.
import requests
from wmill import task, workflow


@task()
async def ping(url: str) -> int:
    return requests.get(url, timeout=5).status_code


@workflow
async def main(url: str):
    return await ping(url)


if __name__ == "__main__":
    print(requests.get("https://ops.internal.example.com/health", timeout=5).status_code)
