# SDK: wmill 1.850.0 the body is replayed from the top each round: an object built in the body and changed between task calls is rebuilt the same way every round
"""Signup flow ported from the FastAPI service: the service object is kept, its I/O moved to tasks."""
import logging
from dataclasses import dataclass, field

from wmill import task, workflow

log = logging.getLogger("accounts.signup")


@task(timeout=120)
async def create_account(email: str, plan: str) -> str:
    import asyncpg
    import wmill

    db = wmill.get_resource("f/accounts/postgres")
    conn = await asyncpg.connect(db["dsn"])
    try:
        return await conn.fetchval("insert into accounts(email, plan) values($1, $2) returning id", email, plan)
    finally:
        await conn.close()


@task(timeout=60)
async def send_welcome(email: str, account_id: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://api.postmarkapp.com/email/withTemplate", json={"To": email, "TemplateAlias": "welcome", "TemplateModel": {"id": account_id}})


@dataclass
class SignupService:
    default_plan: str = "starter"
    created: list[str] = field(default_factory=list)
    skipped: int = 0

    @classmethod
    def for_plan(cls, plan: str | None) -> "SignupService":
        return cls(default_plan=plan or "starter")

    @staticmethod
    def normalize(email: str) -> str:
        return email.strip().lower()

    async def register(self, email: str) -> str | None:
        email = self.normalize(email)
        if not email or "@" not in email:
            self.skipped += 1
            return None
        account_id = await create_account(email, self.default_plan)
        self.created.append(account_id)
        await send_welcome(email, account_id)
        return account_id


@workflow
async def main(emails: list[str], plan: str | None = None):
    service = SignupService.for_plan(plan)
    for email in emails:
        await service.register(email)
    log.info("created %d accounts, skipped %d", len(service.created), service.skipped)
    return {"created": service.created, "skipped": service.skipped}
