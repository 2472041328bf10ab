# SDK: wmill 1.850.0: wait_for_approval keys must differ (the second use of a key raises); get_approval_urls(step_key) addresses the approval of that key; contextlib.suppress(TaskError) does not catch _StepSuspend (a BaseException)
import contextlib
from decimal import Decimal

from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

LINE_SPEED_BPH = 2400


@task()
async def reserve_line(lot: str, bottles: int) -> dict:
    import requests

    r = requests.post("https://bottling.example-vines.io/reserve", json={"lot": lot, "bottles": bottles}, timeout=20)
    r.raise_for_status()
    return r.json()


@task()
async def label_cost(lot: str, bottles: int) -> str:
    import requests

    r = requests.get(f"https://labels.example-vines.io/quote/{lot}", params={"n": bottles}, timeout=20)
    r.raise_for_status()
    # Decimal arithmetic stays in the task; the checkpoint gets a string
    total = Decimal(r.json()["unit"]) * bottles
    return str(total.quantize(Decimal("0.01")))


@task()
async def notify_team(channel: str, text: str) -> None:
    import requests

    requests.post("https://chat.example-vines.io/hooks/" + channel, json={"text": text}, timeout=10)


@task()
async def release_line(reservation_id: str) -> None:
    import requests

    requests.delete(f"https://bottling.example-vines.io/reserve/{reservation_id}", timeout=20)


def hours_needed(bottles: int) -> float:
    return round(bottles / LINE_SPEED_BPH, 2)


@workflow
async def main(lot: str, bottles: int, winemaker: str, cellar_master: str):
    cost = await label_cost(lot, bottles)
    reservation = await reserve_line(lot, bottles)
    urls = await step("winemaker_urls", lambda: get_approval_urls("winemaker_signoff", winemaker))
    await notify_team("bottling", f"Lot {lot}: {bottles} bottles, labels {cost}, {hours_needed(bottles)} h. Sign: {urls['approvalPage']}")
    taste = await wait_for_approval(key="winemaker_signoff", timeout=172800)
    if not taste["approved"]:
        await release_line(reservation["id"])
        return {"status": "rejected_at_tasting"}
    qa_urls = await step("qa_urls", lambda: get_approval_urls("cellar_qa", cellar_master))
    await notify_team("cellar", f"QA for lot {lot}: {qa_urls['approvalPage']}")
    qa = await wait_for_approval(key="cellar_qa", timeout=86400)
    if not qa["approved"]:
        with contextlib.suppress(TaskError):
            await release_line(reservation["id"])
        return {"status": "rejected_at_qa"}
    return {"status": "scheduled", "reservation": reservation["id"], "labels": cost}
