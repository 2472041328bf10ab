# SDK: wmill 1.850.0 the body re-runs on every round; a secrets.token_hex read there is a new value each time, and so is the clock in the approval description
import secrets
from datetime import datetime, timezone

import httpx
from wmill import sleep, task, wait_for_approval, workflow

DNS_API = "https://dns.netops.example/v1"


@task()
async def publish_txt(zone: str, label: str, value: str) -> str:
    r = httpx.post(f"{DNS_API}/zones/{zone}/records", json={"type": "TXT", "name": label, "value": value, "ttl": 60})
    return r.json()["record_id"]


@task()
async def txt_visible(fqdn: str, value: str) -> bool:
    r = httpx.get("https://dns.google/resolve", params={"name": fqdn, "type": "TXT"})
    return any(value in a.get("data", "") for a in r.json().get("Answer", []))


@task()
async def delete_record(zone: str, record_id: str) -> None:
    httpx.delete(f"{DNS_API}/zones/{zone}/records/{record_id}")


@workflow
async def main(zone: str, label: str = "_wac-verify", polls: int = 20):
    token = secrets.token_hex(16)  # expect: WAC102
    record_id = await publish_txt(zone=zone, label=label, value=token)
    for _ in range(polls):
        if await txt_visible(fqdn=f"{label}.{zone}", value=token):
            break
        await sleep(30)
    else:
        await wait_for_approval(
            timeout=3600,
            key="propagation_stalled",
            description=f"TXT not visible since {datetime.now(tz=timezone.utc):%H:%M} UTC",  # expect: WAC102
        )
    await delete_record(zone=zone, record_id=record_id)
    return {"zone": zone, "verified": True}
