# SDK: wmill 1.850.0 step(name, fn) accepts a plain function and checkpoints its str result; match / type aliases are ordinary Python 3.12
from wmill import step, task, workflow

from f.common.clock import format_day, next_business_day, utc_today
from f.common.tasks import plan_route

type Stop = dict[str, float | str]


def first[T](items: list[T], default: T) -> T:
    return items[0] if items else default


@task()
async def load_stops(region: str, day: str) -> list[Stop]:
    from f.common.http import get_json

    return get_json(f"https://jobs.fieldops.example/stops?region={region}&day={day}")["stops"]


@workflow
async def main(region: str, depot_lat: float, depot_lng: float, mode: str = "balanced"):
    today = await step("today", utc_today)
    day = next_business_day(today)
    stops = await load_stops(region, day)
    depot = {"lat": depot_lat, "lng": depot_lng}

    match mode:
        case "balanced":
            route = await plan_route(stops, depot)
        case "priority":
            urgent = [s for s in stops if s.get("priority") == "high"]
            route = await plan_route(stops=urgent, depot=depot)
        case _:
            route = stops

    return {"day": format_day(day), "first": first(route, {}), "route": route}
