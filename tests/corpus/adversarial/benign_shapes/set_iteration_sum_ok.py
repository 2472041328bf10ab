# SDK: wmill 1.850.0 client.py: iterating a set in the body is harmless when the loop dispatches nothing durable: a sum and a count do not depend on the order.
from wmill import task, workflow


@task()
async def usage(team: str) -> dict:
    return {"alice": 3, "bob": 5}


@task()
async def bill(team: str, seats: int, units: int) -> dict:
    return {"team": team, "seats": seats, "units": units}


@workflow
async def main(team: str, members: list[str]):
    per_user = await usage(team)
    active = set(members) & set(per_user)
    units = 0
    for user in active:
        units += per_user[user]
    return await bill(team, len(active), units)
