# SDK: wmill 1.850.0 a task's result crosses JSON with default=str (_json_round_trip, the worker's encoder): a pydantic BaseModel is not JSON-serializable, so the body gets str(model) ("project_id='..' first=.."), and `block.first` raises AttributeError after the checkpoint
"""Serial block allocation for a verified issuance (written by an agent from the WAC guide)."""

from __future__ import annotations

import logging

from pydantic import BaseModel, Field

from wmill import step, task, workflow

log = logging.getLogger("registry.serials")


class SerialBlock(BaseModel):
    project_id: str
    vintage: int
    first: int = Field(ge=1)
    last: int = Field(ge=1)

    @property
    def size(self) -> int:
        return self.last - self.first + 1


class IssuanceRequest(BaseModel):
    project_id: str
    vintage: int
    tonnes: int


@task(timeout=120)
async def reserve_block(project_id: str, vintage: int, tonnes: int) -> SerialBlock:
    import httpx

    r = httpx.post(
        "https://registry.carbon.example/v2/serials/reserve",
        json={"project_id": project_id, "vintage": vintage, "count": tonnes},
    )
    r.raise_for_status()
    data = r.json()
    return SerialBlock(project_id=project_id, vintage=vintage, first=data["first"], last=data["last"])  # expect: WAC107


@task(timeout=120)
async def publish_block(project_id: str, first: int, last: int) -> str:
    import httpx

    r = httpx.post("https://registry.carbon.example/v2/serials/publish", json={"project_id": project_id, "first": first, "last": last})
    r.raise_for_status()
    return r.json()["public_url"]


def format_serial(vintage: int, project_id: str, n: int) -> str:
    return f"CR-{vintage}-{project_id}-{n:09d}"


@workflow
async def main(project_id: str, vintage: int, tonnes: int):
    req = IssuanceRequest(project_id=project_id, vintage=vintage, tonnes=tonnes)
    block = await reserve_block(req.project_id, req.vintage, req.tonnes)
    if block.size != req.tonnes:
        log.warning("short block: %s of %s", block.size, req.tonnes)
    url = await publish_block(req.project_id, block.first, block.last)
    summary = await step(
        "summary",
        lambda: {
            "first": format_serial(req.vintage, req.project_id, block.first),
            "last": format_serial(req.vintage, req.project_id, block.last),
        },
    )
    return {"url": url, **summary}
