# SDK: wmill 1.850.0 client.py task(_func=fn) keys the step by fn.__name__ (_next_step(task_name...)); inline it runs, but the guide wants tasks at top level.
from wmill import task, workflow


async def render_invoice(invoice_id: str, locale: str) -> str:
    return f"https://files.example.com/invoices/{invoice_id}.{locale}.pdf"


@task()
async def email_invoice(to: str, url: str) -> bool:
    return True


@workflow
async def main(invoice_id: str, to: str, locale: str = "en"):
    url = await task(render_invoice)(invoice_id, locale)  # expect: WAC003
    sent = await email_invoice(to, url)
    return {"url": url, "sent": sent}
