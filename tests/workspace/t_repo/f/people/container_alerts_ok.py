# SDK: wmill 1.850.0 client.py: step(name, fn) checkpoints fn's result, so the notification runs once
from wmill import step, task, workflow

from f.platform.container import container
from f.platform.notifiers import SlackNotifier, TemplateRenderer


@task()
async def close_ticket(ticket_id: str, resolution: str) -> dict:
    return {"ticket_id": ticket_id, "resolution": resolution}


@workflow
async def main(ticket_id: str, requester: str, resolution: str = "done"):
    renderer = container.resolve(TemplateRenderer)
    text = renderer.render("Ticket {t} for {r} closed", t=ticket_id, r=requester)

    closed = await close_ticket(ticket_id=ticket_id, resolution=resolution)

    notifier = container.resolve(SlackNotifier)
    await step("notify_people_ops", lambda: notifier.notify("#people-ops", text))
    return closed
