# SDK: wmill 1.850.0 client.py: json.dumps(default=str) turns each set value into a string like "{'a', 'b'}", so the body's loop over groups[team] walks characters, not members.
from collections import defaultdict

from wmill import task, workflow


@task()
async def group_members(memberships: list[dict]) -> dict[str, set[str]]:
    groups: defaultdict[str, set[str]] = defaultdict(set)
    for m in memberships:
        groups[m["team"]].add(m["user"])
    return dict(groups)  # expect: WAC107


@task()
async def grant(team: str, user: str) -> None:
    print(f"grant {team} -> {user}")


@workflow
async def main(memberships: list[dict]):
    groups = await group_members(memberships)
    for team in sorted(groups):
        for user in sorted(groups[team]):
            await grant(team, user)
    return {"teams": len(groups)}
