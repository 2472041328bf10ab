# SDK: wmill 1.850.0 client.py: only I/O matters for replay; a module function named `open` that builds a dict does none.
from wmill import task, workflow


def open(ticket: dict, assignee: str) -> dict:  # noqa: A001 - state-machine verb
    return {**ticket, "state": "open", "assignee": assignee}


def close(ticket: dict, resolution: str) -> dict:
    return {**ticket, "state": "closed", "resolution": resolution}


@task()
async def save_ticket(ticket: dict) -> str:
    import httpx

    resp = httpx.put(f"https://tickets.example.com/api/tickets/{ticket['id']}", json=ticket)
    return resp.json()["etag"]


@workflow
async def main(ticket: dict, assignee: str, auto_close: bool = False):
    ticket = open(ticket, assignee)
    if auto_close:
        ticket = close(ticket, "duplicate")
    etag = await save_ticket(ticket)
    return {"state": ticket["state"], "etag": etag}
