# SDK: wmill 1.850.0 pydantic validation in the body with ValidationError caught (pure code, no durable call inside that try); tasks hold every request; an approval with a literal key, its urls from a step; a generator helper that only chunks a list
from collections.abc import Iterator

import httpx
from pydantic import BaseModel, ValidationError, field_validator
from wmill import get_approval_urls, step, task, wait_for_approval, workflow


class Declaration(BaseModel):
    container: str
    un_number: str
    imdg_class: str
    net_kg: float

    @field_validator("un_number")
    @classmethod
    def un_format(cls, v: str) -> str:
        if not (v.startswith("UN") and v[2:].isdigit() and len(v) == 6):
            raise ValueError("UN number must look like UN1234")
        return v


SEGREGATION = {("3", "5.1"), ("2.1", "5.1"), ("4.1", "5.1"), ("8", "4.3")}


def batches(xs: list, size: int) -> Iterator[list]:
    for i in range(0, len(xs), size):
        yield xs[i : i + size]


def conflicts(decls: list[Declaration]) -> list[tuple[str, str]]:
    out = []
    for a in decls:
        for b in decls:
            if a.container < b.container and ((a.imdg_class, b.imdg_class) in SEGREGATION or (b.imdg_class, a.imdg_class) in SEGREGATION):
                out.append((a.container, b.container))
    return sorted(out)


@task()
async def load_declarations(booking: str) -> list[dict]:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://dg.port.example/bookings/{booking}/declarations")
        return r.json()


@task()
async def file_with_authority(rows: list[dict]) -> list[str]:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://harbour-master.example/dg-filings", json=rows)
        r.raise_for_status()
        return r.json()["references"]


@task()
async def alert_dg_officer(booking: str, problems: list[str], link: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://chat.port.example/hooks/dg", json={"booking": booking, "problems": problems, "link": link})


@workflow
async def main(booking: str, batch_size: int = 25):
    raw = await load_declarations(booking)
    valid: list[Declaration] = []
    problems: list[str] = []
    for row in raw:
        try:
            valid.append(Declaration.model_validate(row))
        except ValidationError as e:
            problems.append(f"{row.get('container', '?')}: {e.errors()[0]['msg']}")
    clashes = conflicts(valid)
    problems.extend(f"segregation {a} / {b}" for a, b in clashes)
    if problems:
        urls = await step("dg_urls", lambda: get_approval_urls("dg_officer"))
        await alert_dg_officer(booking, problems, urls["approvalPage"])
        verdict = await wait_for_approval(key="dg_officer", timeout=12 * 3600)
        if not verdict["approved"]:
            return {"booking": booking, "filed": [], "problems": problems}
    refs: list[str] = []
    for chunk in batches([d.model_dump() for d in valid], batch_size):
        refs.extend(await file_with_authority(chunk))
    return {"booking": booking, "filed": refs, "problems": problems}
