# SDK: wmill 1.850.0 client.py: members of a StrEnum are str, so json.dumps writes them as their values ("email"), valid object keys.
from enum import StrEnum

from wmill import task, workflow


class Channel(StrEnum):
    EMAIL = "email"
    SMS = "sms"


@task()
async def send_counts(campaign: str) -> dict:
    return {Channel.EMAIL: 120, Channel.SMS: 40}


@workflow
async def main(campaign: str):
    counts = await send_counts(campaign)
    return {"total": sum(counts.values()), "email": counts[Channel.EMAIL.value]}
