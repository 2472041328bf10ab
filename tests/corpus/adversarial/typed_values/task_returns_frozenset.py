# SDK: wmill 1.850.0 client.py: json.dumps(default=str) turns a frozenset into its repr string "frozenset({...})"; the body's membership test then checks substrings of that text.
from wmill import task, workflow


@task()
async def blocked_domains(tenant: str) -> frozenset[str]:
    return frozenset({"spam.example", "phish.example"})  # expect: WAC107


@task()
async def send_invite(email: str) -> bool:
    return True


@workflow
async def main(tenant: str, emails: list[str]):
    blocked = await blocked_domains(tenant)
    sent = 0
    for email in emails:
        if email.split("@")[-1] in blocked:
            continue
        sent += int(await send_invite(email))
    return {"sent": sent}
