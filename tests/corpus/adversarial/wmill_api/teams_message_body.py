# SDK: wmill 1.850.0 client.py send_teams_message() POSTs /teams/activities: the message is posted again on every replay of the body.
from wmill import send_teams_message, task, workflow


@task()
async def rotate_keys(service: str) -> int:
    return 3


@task()
async def verify(service: str) -> bool:
    return True


@workflow
async def main(service: str, conversation_id: str):
    rotated = await rotate_keys(service)
    send_teams_message(conversation_id, f"Rotated {rotated} keys of {service}")  # expect: WAC101
    ok = await verify(service)
    return {"rotated": rotated, "verified": ok}
