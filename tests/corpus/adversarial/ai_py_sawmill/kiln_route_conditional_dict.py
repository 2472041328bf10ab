# SDK: wmill 1.850.0 task wrapper calls `ctx._next_step` when called, which appends the step to `_pending` before anything is awaited: building both branches of the ported Flyte `conditional` in a dict dispatches both kiln programs, the one not picked is never awaited
"""Kiln drying program per load, ported from a Flyte `conditional("species_route")`."""

from __future__ import annotations

import logging
from typing import Literal

from wmill import step, task, workflow

log = logging.getLogger("sawmill.kilns")

KILN_API = "https://kilns.mill.example/api"
Route = Literal["hardwood", "softwood"]


@task(timeout=300)
async def load_manifest(load_id: str) -> dict:
    import requests

    r = requests.get(f"{KILN_API}/loads/{load_id}", timeout=20)
    r.raise_for_status()
    return r.json()


@task(timeout=900, tag="kiln")
async def hardwood_program(load_id: str, thickness_mm: int, target_mc: float) -> dict:
    import requests

    body = {"load": load_id, "schedule": "T8-D4" if thickness_mm > 40 else "T10-D5", "target_mc": target_mc}
    return requests.post(f"{KILN_API}/programs", json=body, timeout=30).json()


@task(timeout=900, tag="kiln")
async def softwood_program(load_id: str, thickness_mm: int, target_mc: float) -> dict:
    import requests

    body = {"load": load_id, "schedule": "HT-120" if thickness_mm > 50 else "HT-90", "target_mc": target_mc}
    return requests.post(f"{KILN_API}/programs", json=body, timeout=30).json()


@task(timeout=120)
async def label_load(load_id: str, program_id: str) -> None:
    import requests

    requests.post(f"{KILN_API}/loads/{load_id}/label", json={"program": program_id}, timeout=20)


def route_for(species: str) -> Route:
    return "softwood" if species.lower() in {"pine", "spruce", "fir", "larch"} else "hardwood"


@workflow
async def main(load_id: str, target_mc: float = 8.0):
    manifest = await load_manifest(load_id)
    route = route_for(manifest["species"])
    thickness = int(manifest["thickness_mm"])
    branches = {  # expect: WAC106
        "hardwood": hardwood_program(load_id, thickness, target_mc),
        "softwood": softwood_program(load_id, thickness, target_mc),
    }
    program = await branches[route]
    log.info("load %s on %s program %s", load_id, route, program["id"])
    summary = await step("summary", lambda: {"route": route, "program": program["id"]})
    await label_load(load_id, program["id"])
    return summary
