# SDK: wmill 1.850.0 client.py: _merge_args maps workflow inputs by parameter name; a parameter named `requests` is just the input list.
from wmill import task, workflow


@task()
async def approve_request(request_id: str, approver: str) -> dict:
    import requests

    resp = requests.post(
        f"https://access.example.com/api/requests/{request_id}/approve",
        json={"approver": approver},
    )
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(requests: list[dict], approver: str):
    pending = [r for r in requests if r.get("state") == "pending"]
    requests.sort(key=lambda r: r["created_at"])
    approved = []
    for req in pending:
        approved.append(await approve_request(req["id"], approver))
    return {"approved": len(approved), "total": len(requests)}
