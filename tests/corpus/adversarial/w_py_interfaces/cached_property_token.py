# SDK: wmill 1.850.0 client.py — cached_property caches per instance; the instance is rebuilt each round, so the token request runs in the body every replay
from functools import cached_property

import httpx
from wmill import task, workflow


class PartnerApi:
    def __init__(self, client_id: str, client_secret: str) -> None:
        self.client_id = client_id
        self.client_secret = client_secret

    @cached_property
    def token(self) -> str:
        r = httpx.post(
            "https://auth.partner.example.com/oauth/token",
            data={"grant_type": "client_credentials", "client_id": self.client_id, "client_secret": self.client_secret},
        )
        return r.json()["access_token"]


@task()
async def submit_claims(token: str, claims: list[dict]) -> list[str]:
    r = httpx.post(
        "https://api.partner.example.com/claims", json=claims, headers={"Authorization": f"Bearer {token}"}
    )
    return [c["id"] for c in r.json()]


@workflow
async def main(client_id: str, client_secret: str, claims: list[dict]):
    api = PartnerApi(client_id, client_secret)
    ids = await submit_claims(api.token, claims)  # expect: WAC101
    return {"submitted": ids}
