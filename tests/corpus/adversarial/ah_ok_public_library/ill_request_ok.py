# SDK: wmill 1.850.0 task_script / task_flow at module level called with keywords (client.py 3694, 3734); pure helpers whose names sound like I/O (send_to_queue over a list, read_policy over a dict, upload_size over an int); wait_for_approval with form and description
from wmill import get_approval_urls, step, task, task_script, task_flow, wait_for_approval, workflow

search_worldcat = task_script("f/library/worldcat_search", timeout=120)
ship_request = task_flow("f/library/ill_ship_flow")

LENDING_POLICY = {"book": {"max_days": 28, "fee": 0}, "microfilm": {"max_days": 14, "fee": 5}, "article": {"max_days": 0, "fee": 0}}


def read_policy(policies: dict, fmt: str) -> dict:
    return policies.get(fmt, {"max_days": 21, "fee": 0})


def send_to_queue(queue: list[dict], lender: dict, policy: dict) -> None:
    queue.append({"lender": lender["symbol"], "max_days": policy["max_days"], "fee": policy["fee"]})


def upload_size(pages: int) -> int:
    return pages * 180_000


@task()
async def email_staff(staff: str, link: str, title: str) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["To"], msg["From"], msg["Subject"] = staff, "ill@library.example", f"ILL fee approval: {title}"
    msg.set_content(link)
    with smtplib.SMTP("smtp.library.example") as s:
        s.send_message(msg)


@workflow
async def main(patron: str, title: str, oclc: str, fmt: str = "book", pages: int = 0, staff: str = "ill-desk@library.example"):
    lenders = await search_worldcat(oclc=oclc, limit=10)
    policy = read_policy(LENDING_POLICY, fmt)
    queue: list[dict] = []
    for lender in lenders[:5]:
        send_to_queue(queue, lender, policy)
    if not queue:
        return {"status": "no lenders"}
    if policy["fee"] > 0 or upload_size(pages) > 20_000_000:
        urls = await step("fee_urls", lambda: get_approval_urls("fee"))
        await email_staff(staff, urls["approvalPage"], title)
        ok = await wait_for_approval(
            key="fee",
            timeout=3 * 86400,
            form={"type": "object", "properties": {"charge_patron": {"type": "boolean"}}},
            description={"markdown": f"**{title}** for patron `{patron}`: fee ${policy['fee']}"},
        )
        if not ok["approved"]:
            return {"status": "declined"}
    shipment = await ship_request(patron=patron, oclc=oclc, lenders=queue)
    return {"status": "requested", "shipment": shipment}
