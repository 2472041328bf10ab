# SDK: wmill 1.850.0 client.py: the workflow body is replayed from the top after each task
"""Main-break dispatch: page the crews on call for the area, one at a time, until one
accepts, then open the work order."""

from wmill import sleep, task_script, workflow

from f.common.tasks import open_work_order

from .roster import on_call

page = task_script("f/notify/send_sms")
ACCEPT_WAIT_S = 600


@workflow
async def main(area: str, site: str, phones: dict):
    tried = []
    for crew in on_call(area):  # expect: WAC102
        phone = phones.get(crew)
        if not phone:
            continue
        await page(phone=phone, body=f"Main break at {site}. Reply YES to take it.", urgent=True)
        tried.append(crew)
        await sleep(ACCEPT_WAIT_S)
    if not tried:
        return {"site": site, "status": "nobody on call"}
    wo = await open_work_order(site=site, priority=1, note=f"paged {', '.join(tried)}")
    return {"site": site, "paged": tried, "work_order": wo}
