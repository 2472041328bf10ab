# SDK: wmill 1.850.0 client.py: lists of str survive the task's JSON round trip; the sets never leave the task.
from collections import defaultdict

from wmill import task, workflow


@task()
async def group_members(memberships: list[dict]) -> dict[str, list[str]]:
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for m in memberships:
        groups[m["team"]].add(m["user"])
    return {team: sorted(users) for team, users in groups.items()}


@task()
async def grant(team: str, user: str) -> None:
    print(f"grant {team} -> {user}")


@workflow
async def main(memberships: list[dict]):
    groups = await group_members(memberships)
    for team in sorted(groups):
        for user in groups[team]:
            await grant(team, user)
    return {"teams": len(groups)}
