# SDK: wmill 1.850.0 client.py: task wrappers merge kwargs by the function's parameter names
import asyncio

from wmill import task, workflow

from f.people.tasks import PROVISIONERS, create_account


@workflow
async def main(employee_id: str, email: str, github_user: str):
    await create_account(employee_id=employee_id, email=email)
    gh, sl = await asyncio.gather(
        PROVISIONERS["github"](username=github_user, teams=["eng"]),
        PROVISIONERS["slack"](email=email),
    )
    return {"github": gh, "slack": sl}
