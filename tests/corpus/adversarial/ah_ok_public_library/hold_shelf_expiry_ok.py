# SDK: wmill 1.850.0 a plain async script (no workflow): asyncio.gather over httpx calls, run_script_by_path_async (client.py 1760) to queue the notice script, get_workspace; a broad except around each patron call keeps the batch going
import asyncio
from datetime import date, timedelta

import httpx
import wmill

ILS = "https://ils.library.example/api/v3"
HOLD_DAYS = 7


async def expire_hold(client: httpx.AsyncClient, hold: dict) -> dict:
    try:
        r = await client.post(f"{ILS}/holds/{hold['id']}/expire")
        r.raise_for_status()
        return {"hold": hold["id"], "patron": hold["patron"], "ok": True}
    except Exception as exc:
        return {"hold": hold["id"], "patron": hold["patron"], "ok": False, "error": str(exc)}


async def main(branch: str, ils_token: str, as_of: str = ""):
    today = date.fromisoformat(as_of) if as_of else date.today()
    cutoff = (today - timedelta(days=HOLD_DAYS)).isoformat()
    headers = {"Authorization": f"Bearer {ils_token}"}
    async with httpx.AsyncClient(headers=headers, timeout=30) as client:
        r = await client.get(f"{ILS}/branches/{branch}/hold-shelf", params={"ready_before": cutoff})
        r.raise_for_status()
        holds = r.json()["holds"]
        results = await asyncio.gather(*(expire_hold(client, h) for h in holds))
    expired = [x for x in results if x["ok"]]
    if expired:
        job = wmill.run_script_by_path_async(
            "f/library/send_hold_expired_notices",
            args={"patrons": sorted({x["patron"] for x in expired}), "branch": branch},
        )
    else:
        job = None
    return {"workspace": wmill.get_workspace(), "expired": len(expired), "failed": len(results) - len(expired), "notice_job": job}
