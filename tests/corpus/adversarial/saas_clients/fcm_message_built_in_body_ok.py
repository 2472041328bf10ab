# SDK: wmill 1.850.0 client.py: the body re-runs every round; firebase_admin's app, credentials, Firestore handle and an FCM `Message` are built locally, and the push is sent in a task.
import firebase_admin
from firebase_admin import credentials, firestore, messaging

from wmill import task, workflow

firebase_admin.initialize_app(credentials.ApplicationDefault())
db = firestore.client()


@task()
async def push(message_token: str, title: str, body: str) -> str:
    msg = messaging.Message(notification=messaging.Notification(title=title, body=body), token=message_token)
    return messaging.send(msg)


@workflow
async def main(token: str, uid: str):
    ref = db.collection("users").document(uid)
    preview = messaging.Notification(title="Welcome", body=uid)
    message_id = await push(token, preview.title, preview.body)
    return {"doc": ref.path, "message_id": message_id}
