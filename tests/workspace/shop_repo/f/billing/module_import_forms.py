from f.shared import http_client
from f.shared.notify import alert as send_alert
from wmill import task, workflow


@task()
async def settle(batch: str) -> dict:
    return {"batch": batch, "failed": 1}


@workflow
async def main(batch: str):
    result = await settle(batch)
    http_client.post_json("https://hooks.example.com/settled", result)  # expect: WAC101
    if result["failed"]:
        send_alert(f"{result['failed']} failed in {batch}")  # expect: WAC101
    return result
