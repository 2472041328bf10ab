# SDK: wmill 1.850.0 client.py workflow(): branching on task results is safe because they replay from the checkpoint (match/case included).
from wmill import task, workflow


@task()
async def classify_ticket(ticket_id: str) -> dict:
    return {"kind": "bug", "severity": 2}


@task()
async def route(ticket_id: str, queue: str) -> str:
    return f"{ticket_id} -> {queue}"


def queue_for(kind: str, severity: int) -> str:
    match (kind, severity):
        case ("bug", 1):
            return "oncall"
        case ("bug", _):
            return "engineering"
        case ("billing", _):
            return "finance"
        case _:
            return "support"


@workflow
async def main(ticket_ids: list[str]):
    routed = []
    for ticket_id in ticket_ids:
        info = await classify_ticket(ticket_id)
        match info:
            case {"kind": "spam"}:
                continue
            case {"kind": kind, "severity": severity}:
                routed.append(await route(ticket_id, queue_for(kind, severity)))
    return routed
