# SDK: wmill 1.850.0 client.py: the body replays from the top; building `Ticket(...)` calls its `default_factory=uuid.uuid4`, a new id every replay, and the id goes to the task.
import uuid

from pydantic import BaseModel, Field
from wmill import task, workflow


@task()
async def open_ticket(ticket: dict) -> str:
    return ticket["id"]


@workflow
async def main(title: str):
    class Ticket(BaseModel):
        id: str = Field(default_factory=lambda: uuid.uuid4().hex)
        title: str

    ticket = Ticket(title=title)  # expect: WAC102
    return await open_ticket(ticket.model_dump())
