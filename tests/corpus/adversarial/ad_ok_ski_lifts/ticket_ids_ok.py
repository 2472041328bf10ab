# SDK: wmill 1.850.0 UUID / Path / ipaddress results come back as str (default=str) and the body rebuilds each with its own constructor; except wmill.TaskError through the module is fine
import ipaddress
import uuid
from pathlib import PurePosixPath

import httpx
import wmill
from wmill import task, workflow

TICKET_NS = uuid.UUID("0e3f5a3c-7d1b-4c55-9e0c-1b2a3c4d5e6f")


@task()
async def mint_pass_id(holder_email: str) -> uuid.UUID:
    return uuid.uuid5(TICKET_NS, holder_email.lower())


@task()
async def gate_subnet(gate: str) -> ipaddress.IPv4Network:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://net.resort.example/gates/{gate}")
        r.raise_for_status()
        return ipaddress.ip_network(r.json()["cidr"])


@task()
async def photo_path(pass_id: str) -> PurePosixPath:
    return PurePosixPath("/passes") / pass_id[:2] / f"{pass_id}.jpg"


@task()
async def activate(pass_id: str, subnet: str, photo: str) -> bool:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://passes.resort.example/activate", json={"id": pass_id, "subnet": subnet, "photo": photo})
        return r.is_success


@workflow
async def main(holder_email: str, gate: str):
    pass_id = uuid.UUID(await mint_pass_id(holder_email))
    subnet = ipaddress.ip_network(await gate_subnet(gate))
    photo = PurePosixPath(await photo_path(str(pass_id)))
    try:
        ok = await activate(str(pass_id), str(subnet.network_address), photo.as_posix())
    except wmill.TaskError as e:
        ok = False
        print(f"activation failed: {e}")
    return {"pass": pass_id.hex, "gateway": str(next(subnet.hosts(), subnet.network_address)), "photo": photo.name, "ok": ok}
