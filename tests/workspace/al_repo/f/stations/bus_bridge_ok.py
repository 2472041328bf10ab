"""Bridge a closed section with buses and keep a board snapshot of the affected station."""

import wmill
from wmill import step, task, workflow

from f.stations.lib.boards import Board
from f.stations.lib.paths import BOOK_BUS


@task()
async def snapshot(station: str) -> dict:
    import httpx

    lines = httpx.get(f"https://dbi.westbahn-regional.at/api/stations/{station}").json()["lines"]
    return Board(station, lines).as_dict()


@workflow
async def main(from_station: str, to_station: str, day: str, buses: int = 3):
    board = await snapshot(from_station)
    order = await step("book", lambda: wmill.run_script_by_path(BOOK_BUS, args={"from_station": from_station, "to_station": to_station, "buses": buses, "day": day}))
    return {"order": order, "board": board}
