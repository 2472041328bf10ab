# SDK: wmill 1.850.0 get_resource is an HTTP GET to the Windmill API (_client.get_resource); a classmethod the body calls runs in every round
"""Signup flow ported from the FastAPI service: the service object is kept, its I/O moved to tasks."""
import logging

import wmill
from wmill import task, workflow

log = logging.getLogger("accounts.signup")


@task(timeout=120)
async def create_account(email: str, plan: str, dsn: str) -> str:
    import asyncpg

    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetchval("insert into accounts(email, plan) values($1, $2) returning id", email, plan)
    finally:
        await conn.close()


@task(timeout=60)
async def send_welcome(email: str, account_id: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://api.postmarkapp.com/email/withTemplate", json={"To": email, "TemplateAlias": "welcome", "TemplateModel": {"id": account_id}})


class SignupService:
    def __init__(self, dsn: str, default_plan: str):
        self.dsn = dsn
        self.default_plan = default_plan
        self.created: list[str] = []

    @classmethod
    def from_settings(cls) -> "SignupService":
        db = wmill.get_resource("f/accounts/postgres")
        return cls(dsn=db["dsn"], default_plan="starter")

    async def register(self, email: str, plan: str | None = None) -> str:
        account_id = await create_account(email, plan or self.default_plan, self.dsn)
        self.created.append(account_id)
        await send_welcome(email, account_id)
        return account_id


@workflow
async def main(emails: list[str], plan: str | None = None):
    service = SignupService.from_settings()  # expect: WAC101
    for email in emails:
        await service.register(email, plan)
    log.info("created %d accounts", len(service.created))
    return {"created": service.created}
