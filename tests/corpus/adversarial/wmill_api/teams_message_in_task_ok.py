# SDK: wmill 1.850.0 client.py send_teams_message() POSTs a message; inside a @task it is posted once, by that child job.
from wmill import send_teams_message, task, workflow


@task()
async def rotate_keys(service: str) -> int:
    return 3


@task()
async def announce(conversation_id: str, text: str) -> bool:
    response = send_teams_message(conversation_id, text)
    return response.status_code < 300


@task()
async def verify(service: str) -> bool:
    return True


@workflow
async def main(service: str, conversation_id: str):
    rotated = await rotate_keys(service)
    await announce(conversation_id, f"Rotated {rotated} keys of {service}")
    ok = await verify(service)
    return {"rotated": rotated, "verified": ok}
