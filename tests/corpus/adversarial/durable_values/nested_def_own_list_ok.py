# SDK: wmill 1.850.0 client.py _run_inline_step: a nested function that builds and returns its own list changes nothing the body owns.
from wmill import step, task, workflow


@task()
async def notify(emails: list) -> int:
    return len(emails)


@workflow
async def main(users: list[dict]):
    def active_emails() -> list:
        out = []
        for u in users:
            if u.get("active"):
                out.append(u["email"].lower())
        out.sort()
        return out

    emails = await step("active_emails", active_emails)
    return await notify(emails)
