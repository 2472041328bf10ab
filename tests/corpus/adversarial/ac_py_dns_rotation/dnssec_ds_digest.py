# SDK: wmill 1.850.0 json.dumps(default=str) writes bytes as "b'...'": base64.b64encode returns bytes, so the registrar gets the repr instead of the digest
import base64
import hashlib

import httpx
from wmill import task, task_script, workflow

submit_ds = task_script("f/netops/registrar_submit_ds", timeout=300)


@task()
async def dnskey(zone: str) -> dict:
    r = httpx.get(f"https://dns.netops.example/v1/zones/{zone}/dnskey")
    return r.json()


@task()
async def ds_digest(zone: str, key: dict) -> dict:
    wire = zone.encode() + base64.b64decode(key["public_key"])
    digest = hashlib.sha256(wire).digest()
    return {"key_tag": key["key_tag"], "algorithm": key["algorithm"], "digest": base64.b64encode(digest)}  # expect: WAC107


@workflow
async def main(zone: str):
    key = await dnskey(zone=zone)
    ds = await ds_digest(zone=zone, key=key)
    receipt = await submit_ds(zone=zone, key_tag=ds["key_tag"], algorithm=ds["algorithm"], digest=ds["digest"])
    return {"zone": zone, "receipt": receipt}
