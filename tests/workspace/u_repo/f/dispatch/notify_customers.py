# A plain script (not a workflow): workflows dispatch it with task_script("f/dispatch/notify_customers").
import httpx


def main(customer_id: str, message: str, channel: str = "email") -> dict:
    response = httpx.post(
        "https://notify.fieldops.example/v1/send",
        json={"customer": customer_id, "text": message, "channel": channel},
        timeout=10,
    )
    response.raise_for_status()
    return {"customer_id": customer_id, "queued": True}
