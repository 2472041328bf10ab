# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the `with` target is the `requests.Session` the factory returns, and its `put` runs every round.
import requests
from wmill import task, workflow


def make_session(token: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    return s


@task()
async def render_config(service: str) -> dict:
    return {"service": service, "replicas": 3}


@workflow
async def main(service: str, token: str):
    config = await render_config(service)
    with make_session(token) as s:
        s.put(f"https://config.internal/v1/{service}", json=config, timeout=10)  # expect: WAC101
    return config
