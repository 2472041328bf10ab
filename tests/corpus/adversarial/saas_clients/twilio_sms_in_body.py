# SDK: wmill 1.850.0 client.py: the body re-runs every round; twilio `messages.create` sends an SMS each round.
from twilio.rest import Client

from wmill import task, workflow

sms = Client("AC123", "token")


@task()
async def book(slot: str) -> str:
    return "bk_" + slot


@workflow
async def main(slot: str, phone: str):
    booking = await book(slot)
    sms.messages.create(to=phone, from_="+15550100", body=f"Booked {booking}")  # expect: WAC101
    return booking
