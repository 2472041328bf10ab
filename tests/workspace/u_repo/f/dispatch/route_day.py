# SDK: wmill 1.850.0 task() sends extra positional arguments as `arg<i>` (plan_route takes two); workflow body is replayed, so a clock read differs per round
from wmill import task, workflow

from f.common.clock import format_day, utc_today
from f.common.tasks import plan_route

type Stop = dict[str, float | str]


@task()
async def load_stops(region: str, day: str) -> list[Stop]:
    from f.common.http import get_json

    return get_json(f"https://jobs.fieldops.example/stops?region={region}&day={day}")["stops"]


@workflow
async def main(region: str, depot_lat: float, depot_lng: float, mode: str = "balanced"):
    day = utc_today()  # expect: WAC102
    stops = await load_stops(region, day)
    depot = {"lat": depot_lat, "lng": depot_lng}

    match mode:
        case "balanced":
            route = await plan_route(stops, depot)
        case "priority":
            urgent = [s for s in stops if s.get("priority") == "high"]
            route = await plan_route(urgent, depot, "strict")  # expect: WAC402
        case _:
            route = stops

    return {"day": format_day(day), "route": route}
