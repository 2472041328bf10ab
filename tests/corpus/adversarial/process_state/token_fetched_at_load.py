# SDK: wmill 1.850.0 client.py each round re-imports the module; a helper called at module level that requests an OAuth token runs that request again every round.
import httpx
from wmill import task, workflow


def fetch_token() -> str:
    response = httpx.post("https://auth.example.com/token", data={"grant_type": "client_credentials"})
    return response.json()["access_token"]


TOKEN = fetch_token()  # expect: WAC101


@task()
async def call_api(token: str, item: str) -> dict:
    return {"item": item}


@workflow
async def main(item: str):
    return await call_api(TOKEN, item)
