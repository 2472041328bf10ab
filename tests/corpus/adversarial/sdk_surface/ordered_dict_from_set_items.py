# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; an `OrderedDict` filled from a set of strings keeps the set's per-process order, so `.items()` dispatches the teams in another order after a replay.
from collections import OrderedDict

from wmill import task, workflow


@task()
async def notify(team: str, count: int) -> str:
    return f"{team}:{count}"


@workflow
async def main(incidents: list[dict]):
    teams = {i["team"] for i in incidents}
    counts = OrderedDict((t, 0) for t in sorted(teams))
    pending = dict.fromkeys(teams, 0)
    sent = [await notify(t, counts[t]) for t in counts]
    for team, _ in pending.items():  # expect: WAC105
        sent.append(await notify(team, -1))
    return sent
