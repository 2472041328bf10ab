# SDK: wmill 1.850.0 _StepSuspend(BaseException) is neither a TaskError nor a CancelledError, so this tuple lets it through; a bare raise re-raises it
"""Reboot wedged gateways one by one; a failed reboot is noted and the sweep goes on."""
import asyncio
import logging

from wmill import TaskError, sleep, task, workflow

log = logging.getLogger("fleet.reboot")


@task(timeout=300)
async def reboot_gateway(gateway: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.post(f"https://{gateway}/admin/reboot")
        resp.raise_for_status()
    return {"gateway": gateway, "rebooted": True}


@task(timeout=60)
async def check_back(gateway: str) -> bool:
    import httpx

    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.get(f"https://{gateway}/healthz")
    return resp.status_code == 200


@workflow
async def main(gateways: list[str], settle_seconds: int = 90):
    report = []
    for gw in gateways:
        try:
            await reboot_gateway(gw)
            await sleep(settle_seconds)
            healthy = await check_back(gw)
        except (TaskError, asyncio.CancelledError) as exc:
            log.warning("reboot of %s failed: %s", gw, exc)
            report.append({"gateway": gw, "healthy": False})
            continue
        except BaseException:
            log.info("leaving the sweep at %s", gw)
            raise
        report.append({"gateway": gw, "healthy": healthy})
    return {"report": report}
