# SDK: wmill 1.850.0: TaskError carries result["error"]; a handler for (TaskError, KeyError) does not touch _StepSuspend; a set of ints (player ids) is iterated, ints hash to themselves
from wmill import TaskError, task, wait_for_approval, workflow


@task()
async def flagged_players(match_id: str) -> list[int]:
    import requests

    r = requests.get(f"https://ac.example-frag.gg/matches/{match_id}/flags", timeout=15)
    r.raise_for_status()
    return [int(f["player_id"]) for f in r.json()]


@task()
async def demo_verdict(match_id: str, player_id: int) -> dict:
    import requests

    r = requests.post("https://ac.example-frag.gg/analyse", json={"match": match_id, "player": player_id}, timeout=300)
    r.raise_for_status()
    return r.json()


@task()
async def ban(player_id: int, reason: str) -> None:
    import requests

    requests.post(f"https://league.example-frag.gg/api/players/{player_id}/ban", json={"reason": reason}, timeout=15)


@workflow
async def main(match_id: str):
    ids = set(await flagged_players(match_id))
    verdicts = {}
    for pid in ids:
        try:
            v = await demo_verdict(match_id, pid)
            verdicts[str(pid)] = v["score"]
        except (TaskError, KeyError) as err:
            verdicts[str(pid)] = None
            print(f"player {pid}: {err}")
    suspects = sorted(int(p) for p, s in verdicts.items() if s is not None and s > 0.9)
    if not suspects:
        return {"banned": []}
    decision = await wait_for_approval(key="integrity_officer", timeout=2 * 86400)
    if not decision["approved"]:
        return {"banned": [], "suspects": suspects}
    for pid in suspects:
        await ban(pid, f"anti-cheat {match_id}")
    return {"banned": suspects}
