# SDK: wmill 1.850.0 client.py: a file opened with "rb" reads bytes, which the task's JSON round trip turns into the string "b'%PDF-1.7...'".
from wmill import task, workflow


@task()
async def render_pdf(invoice_id: str):
    import subprocess

    path = f"/tmp/{invoice_id}.pdf"
    subprocess.run(["wkhtmltopdf", f"https://billing.internal/invoices/{invoice_id}", path], check=True)
    with open(path, "rb") as fh:
        return fh.read()  # expect: WAC107


@task()
async def email_pdf(invoice_id: str, pdf: str) -> str:
    return f"sent {invoice_id} ({len(pdf)})"


@workflow
async def main(invoice_id: str):
    pdf = await render_pdf(invoice_id)
    return await email_pdf(invoice_id, pdf)
