# SDK: wmill 1.850.0: gather of task coroutines dispatches in argument order; a set of str is sorted before the loop; Decimal is turned into str before it leaves a task
import asyncio
import hashlib
from collections import defaultdict
from decimal import Decimal, ROUND_HALF_UP

from wmill import step, task, workflow

ROUNDS = ("qualifier", "semi", "final")
POINTS = {"top": Decimal("25"), "zone": Decimal("10"), "attempt_penalty": Decimal("0.1")}


@task()
async def load_scorecards(comp_id: str, round_name: str) -> list[dict]:
    import psycopg

    with psycopg.connect("postgresql://scores@db.example-crag.io/comp") as conn:
        rows = conn.execute(
            "select athlete, problem, top, zone, attempts from cards where comp = %s and round = %s",
            (comp_id, round_name),
        ).fetchall()
    return [dict(zip(("athlete", "problem", "top", "zone", "attempts"), r)) for r in rows]


@task()
async def publish_ranking(comp_id: str, round_name: str, ranking: list[dict]) -> str:
    import requests

    r = requests.post(
        f"https://results.example-crag.io/comps/{comp_id}/{round_name}",
        json={"ranking": ranking},
        timeout=20,
    )
    r.raise_for_status()
    return r.json()["url"]


def score(cards: list[dict]) -> list[dict]:
    totals: dict[str, Decimal] = defaultdict(Decimal)
    for c in cards:
        s = Decimal(0)
        if c["top"]:
            s += POINTS["top"]
        elif c["zone"]:
            s += POINTS["zone"]
        s -= POINTS["attempt_penalty"] * c["attempts"]
        totals[c["athlete"]] += s
    ordered = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))
    return [{"athlete": a, "points": str(p.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))} for a, p in ordered]


def digest(ranking: list[dict]) -> str:
    return hashlib.sha256(repr(ranking).encode()).hexdigest()[:12]


@workflow
async def main(comp_id: str, categories: list[str]):
    urls = {}
    for round_name in ROUNDS:
        cards = await load_scorecards(comp_id, round_name)
        athletes = {c["athlete"] for c in cards}
        for cat in sorted(set(categories)):
            in_cat = [c for c in cards if c["problem"].startswith(cat)]
            urls[f"{round_name}/{cat}"] = await publish_ranking(comp_id, f"{round_name}-{cat}", score(in_cat))
        ranking = score(cards)
        urls[round_name] = await publish_ranking(comp_id, round_name, ranking)
        print(round_name, len(athletes), digest(ranking))

    summaries = await asyncio.gather(*(load_scorecards(comp_id, r) for r in ROUNDS))
    checked = await step("checksum", lambda: digest([len(s) for s in summaries]))
    return {"urls": urls, "checksum": checked}
