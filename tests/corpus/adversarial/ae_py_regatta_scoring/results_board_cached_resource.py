# SDK: wmill 1.850.0 get_resource() is an API call (_client.get_resource); a functools.cached_property on an object the body builds caches only for this process, and every round is a new process
import logging
from functools import cached_property

import httpx
import wmill
from wmill import task, workflow

log = logging.getLogger("regatta.board")


class ResultsBoard:
    def __init__(self, board_path: str, event_id: str):
        self.board_path = board_path
        self.event_id = event_id

    @cached_property
    def config(self) -> dict:
        return wmill.get_resource(self.board_path)

    def layout(self, classes: list[str]) -> dict:
        cfg = self.config
        return {"theme": cfg.get("theme", "light"), "columns": cfg["columns"], "classes": classes}


@task()
async def class_results(event_id: str, boat_class: str) -> list[dict]:
    r = httpx.get(f"https://rc.regatta.example/api/events/{event_id}/classes/{boat_class}/results")
    r.raise_for_status()
    return r.json()


@task()
async def render_board(event_id: str, layout: dict, results: dict[str, list[dict]]) -> str:
    r = httpx.post("https://boards.regatta.example/render", json={"event": event_id, "layout": layout, "results": results})
    r.raise_for_status()
    return r.json()["url"]


@workflow
async def main(event_id: str, classes: list[str], board_path: str = "f/regatta/results_board"):
    board = ResultsBoard(board_path, event_id)
    results = {}
    for boat_class in classes:
        results[boat_class] = await class_results(event_id, boat_class)
    layout = board.layout(classes)  # expect: WAC101
    url = await render_board(event_id, layout, results)
    log.info("board for %s at %s", event_id, url)
    return {"event": event_id, "board": url}
