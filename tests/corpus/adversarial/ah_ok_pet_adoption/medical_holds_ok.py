# SDK: wmill 1.850.0 tasks kept in a module-level dict and picked by the input's species (each entry is a top-level @task); an asynccontextmanager of the file that only times and logs (it re-raises everything: no `return True`, no except); `raise ... from` around tasks; sqlalchemy.text() built in the body and sent as a string
import time
from contextlib import asynccontextmanager

from sqlalchemy import text
from wmill import task, workflow


@asynccontextmanager
async def timed(label: str):
    t0 = time.perf_counter()
    try:
        yield
    finally:
        print(f"{label} took {time.perf_counter() - t0:.2f}s")


@task()
async def canine_panel(animal_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        return (await c.get(f"https://lab.vets.example/canine/{animal_id}")).json()


@task()
async def feline_panel(animal_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=60) as c:
        return (await c.get(f"https://lab.vets.example/feline/{animal_id}")).json()


@task()
async def run_sql(dsn: str, statement: str, params: dict) -> int:
    import psycopg

    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        cur = await conn.execute(statement, params)
        return cur.rowcount


PANELS = {"dog": canine_panel, "cat": feline_panel}


class HoldError(RuntimeError):
    pass


@workflow
async def main(dsn: str, animal_id: str, species: str):
    panel_task = PANELS.get(species)
    if panel_task is None:
        return {"animal": animal_id, "hold": False, "reason": f"no panel for {species}"}
    async with timed("lab panel"):
        try:
            panel = await panel_task(animal_id)
        except Exception as exc:
            raise HoldError(f"lab panel failed for {animal_id}") from exc
    flags = sorted(k for k, v in panel.get("results", {}).items() if v.get("abnormal"))
    stmt = text("update animals set medical_hold = :hold, hold_reasons = :reasons where id = :id")
    changed = await run_sql(dsn, str(stmt), {"hold": bool(flags), "reasons": ",".join(flags), "id": animal_id})
    return {"animal": animal_id, "hold": bool(flags), "flags": flags, "updated": changed}
