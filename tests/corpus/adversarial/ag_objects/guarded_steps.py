# SDK: wmill 1.850.0 the first round of a @task call raises the SDK's suspension (a BaseException); `Guarded.execute` wraps `self.fn(...)` in `except BaseException`, so it swallows the suspension and the body goes on with None
import logging

import httpx
from wmill import task, workflow

log = logging.getLogger("invoices")


class Guarded:
    """Runs one function and logs instead of failing the whole run."""

    def __init__(self, fn, label: str):
        self.fn = fn
        self.label = label

    async def execute(self, **kwargs):
        try:
            return await self.fn(**kwargs)
        except BaseException:
            log.exception("step %s failed", self.label)
            return None


@task()
async def render_invoice(invoice_id: str) -> str:
    r = httpx.post("https://pdf.billing.example/render", json={"invoice": invoice_id})
    return r.json()["url"]


@task(retry={"attempts": 3, "delay": 30})
async def email_invoice(invoice_id: str, url: str) -> None:
    httpx.post("https://mail.billing.example/send", json={"invoice": invoice_id, "url": url})


@workflow
async def main(invoice_id: str):
    render = Guarded(render_invoice, "render")
    url = await render.execute(invoice_id=invoice_id)  # expect: WAC201
    if url is None:
        return {"sent": False}
    await email_invoice(invoice_id=invoice_id, url=url)
    return {"sent": True, "url": url}
