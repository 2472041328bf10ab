# SDK: wmill 1.850.0 client.py: a task body runs once in its own job (`_execute_directly`); the descriptor's `__get__` (a `get_resource` GET) runs there, and the body only builds the plain `Foundry` object, whose `__init__` stores a string
"""Schedule a mould into the next free furnace slot."""

import httpx
import wmill

from wmill import task, workflow


class WorkspaceResource:
    """Descriptor: the resource at `path`, fetched when the attribute is read."""

    def __init__(self, path: str):
        self.path = path

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return wmill.get_resource(self.path)


class Foundry:
    furnace = WorkspaceResource("f/foundry/furnace_controller")

    def __init__(self, site: str):
        self.site = site


@task(timeout=600)
async def book_slot(site: str, mould_id: str, profile: str) -> dict:
    controller = Foundry(site).furnace["base_url"]
    async with httpx.AsyncClient(base_url=controller) as client:
        r = await client.post("/slots", json={"mould": mould_id, "profile": profile})
        r.raise_for_status()
        return r.json()


@workflow
async def main(site: str, mould_id: str, profile: str = "bronze-78-22"):
    foundry = Foundry(site)
    slot = await book_slot(foundry.site, mould_id, profile)
    return {"site": site, "mould": mould_id, "slot": slot}
