# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `HTTPSConnection(host)` only stores the host (it connects on the first request), `conn.request` sends the PATCH every round and `getresponse` reads the reply from the socket.
import http.client
import json

from wmill import task, workflow


@task()
async def score_lead(lead_id: str) -> int:
    return 87


@workflow
async def main(lead_id: str):
    score = await score_lead(lead_id)
    conn = http.client.HTTPSConnection("crm.example.com", timeout=10)
    conn.request("PATCH", f"/api/leads/{lead_id}", body=json.dumps({"score": score}))  # expect: WAC101
    status = conn.getresponse().status  # expect: WAC101
    return {"score": score, "status": status}
