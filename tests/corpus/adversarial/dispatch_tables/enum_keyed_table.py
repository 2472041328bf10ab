# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the table is keyed by enum members, and the `SMS` entry sends a text message through Twilio's REST API.
from enum import Enum

import requests
from wmill import task, workflow


class Channel(Enum):
    SMS = "sms"
    LOG = "log"


def send_sms(text: str) -> None:
    requests.post("https://api.twilio.example/Messages.json", data={"Body": text}, timeout=10)


def log_line(text: str) -> None:
    print(text)


SENDERS = {Channel.SMS: send_sms, Channel.LOG: log_line}


@task()
async def verify(phone: str) -> str:
    return "123456"


@workflow
async def main(phone: str, channel: str = "sms"):
    code = await verify(phone)
    SENDERS[Channel(channel)](f"code {code}")  # expect: WAC101
    return {"sent": channel}
