"""Compare a ticket machine's quote with the tariff for the hour the check was planned for."""

import httpx
from wmill import task, task_script, workflow

from f.rail.lib.fares import fare_at
from f.rail.lib.paths import SCRIPTS
from f.rail.lib.zones import day_pass_cents, zones_between

notify = task_script(SCRIPTS["notify"])


@task()
async def machine_quote(machine_id: str, origin: str, dest: str) -> int:
    resp = httpx.get(f"https://tvm.westbahn-regional.at/api/{machine_id}/quote",
                     params={"from": origin, "to": dest}, timeout=10)
    return int(resp.json()["cents"])


@workflow
async def main(machine_id: str, line: str, origin: str, dest: str, hour: int = 12):
    expected = fare_at(origin, dest, hour)
    quoted = await machine_quote(machine_id, origin, dest)
    if quoted != expected:
        await notify(line=line, message=f"Ticket machine {machine_id} is out of order", severity="warn")
    return {"expected": expected, "quoted": quoted, "day_pass": day_pass_cents(zones_between(origin, dest))}
