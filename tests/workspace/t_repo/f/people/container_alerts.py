# SDK: wmill 1.850.0 client.py: only task/step/sleep/approval calls are checkpointed; anything else in the body runs on every replay
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
    notifier.notify("#people-ops", text)  # expect: WAC101
    return closed
