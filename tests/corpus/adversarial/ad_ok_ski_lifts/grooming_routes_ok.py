# SDK: wmill 1.850.0 a closure factory whose inner function posts is called only inside a task; the body calls the factory's pure sibling; itertools.groupby over sorted data
import itertools
from operator import itemgetter
from typing import Callable

import httpx
from wmill import task, workflow

FLEET_API = "https://fleet.resort.example"


def make_dispatcher(base: str) -> Callable[[str, list[str]], dict]:
    def dispatch(cat: str, trails: list[str]) -> dict:
        r = httpx.post(f"{base}/cats/{cat}/route", json={"trails": trails}, timeout=20)
        r.raise_for_status()
        return r.json()

    return dispatch


def make_ranker(priorities: dict[str, int]) -> Callable[[dict], tuple]:
    def rank(trail: dict) -> tuple:
        return (priorities.get(trail["difficulty"], 9), -trail["skier_visits"], trail["name"])

    return rank


@task()
async def dispatch_cat(cat: str, trails: list[str]) -> dict:
    return make_dispatcher(FLEET_API)(cat, trails)


@workflow
async def main(trails: list[dict], cats: list[str], priorities: dict[str, int] = {"green": 0, "blue": 1, "black": 2}):
    rank = make_ranker(priorities)
    ordered = sorted(trails, key=rank)
    by_sector = {k: [t["name"] for t in g] for k, g in itertools.groupby(sorted(ordered, key=itemgetter("sector")), key=itemgetter("sector"))}
    plan = []
    for cat, (sector, names) in zip(cats, sorted(by_sector.items())):
        plan.append({"cat": cat, "sector": sector, **await dispatch_cat(cat, names)})
    return {"routes": plan, "unassigned": sorted(by_sector)[len(cats):]}
