# SDK: wmill 1.850.0 replays the body from the top after each suspension; a sync helper chain the body calls downloads the certificate again every round
import base64
import json
import urllib.request

from wmill import task, wait_for_approval, workflow

CERT_BASE = "https://insure.museum.example/certificates"


def _download(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=20) as resp:
        return resp.read()


def _attach_certificate(packet: dict, policy_id: str) -> dict:
    blob = _download(f"{CERT_BASE}/{policy_id}.pdf")
    packet["attachments"].append({"name": f"{policy_id}.pdf", "data": base64.b64encode(blob).decode()})
    return packet


def build_packet(loan: dict, policies: list[str]) -> dict:
    packet = {"loan": loan["id"], "borrower": loan["borrower"], "attachments": []}
    for policy_id in policies:
        packet = _attach_certificate(packet, policy_id)
    return packet


@task()
async def load_loan(loan_id: str) -> dict:
    with urllib.request.urlopen(f"https://collections.museum.example/api/loans/{loan_id}") as resp:
        return json.loads(resp.read())


@task()
async def send_packet(packet: dict) -> str:
    req = urllib.request.Request(
        "https://mail.museum.example/packets", data=json.dumps(packet).encode(), method="POST"
    )
    with urllib.request.urlopen(req) as resp:
        return json.loads(resp.read())["message_id"]


@workflow
async def main(loan_id: str, policies: list[str]):
    loan = await load_loan(loan_id=loan_id)
    packet = build_packet(loan, policies)  # expect: WAC101
    answer = await wait_for_approval(timeout=86400, key="packet_review")
    if not answer["approved"]:
        return {"sent": False}
    message_id = await send_packet(packet=packet)
    return {"sent": True, "message_id": message_id, "attachments": len(packet["attachments"])}
