# SDK: wmill 1.850.0 client.py: the body re-runs every round; `firebase_admin.messaging.send` pushes a notification each round.
import firebase_admin
from firebase_admin import messaging

from wmill import task, workflow

firebase_admin.initialize_app()


@task()
async def approve_refund(refund_id: str) -> str:
    return "approved"


@workflow
async def main(refund_id: str, device_token: str):
    status = await approve_refund(refund_id)
    msg = messaging.Message(data={"refund": refund_id, "status": status}, token=device_token)
    messaging.send(msg)  # expect: WAC101
    return status
