# Monthly client report: collect the data with an existing flow, render the
# charts with a companion module, build the PDF and email it.
from wmill import task, task_script, task_flow, workflow

collect_metrics = task_flow("f/reporting/collect_client_metrics", timeout=1800)
render_charts = task_script("./render_charts.py", timeout=600)
build_pdf = task_script("./build_pdf.py", timeout=600, tag="chromium")


@task()
async def email_report(recipients: list, pdf_url: str, month: str):
    import requests

    requests.post(
        "https://mail.example/send",
        json={"to": recipients, "subject": f"Your report for {month}", "attachments": [pdf_url]},
        timeout=60,
    ).raise_for_status()


@task(path="f/reporting/archive_pdf", timeout=120)
async def archive_pdf(client_id: str, month: str, pdf_url: str) -> str:
    """Dispatched to the deployed f/reporting/archive_pdf script."""
    ...


@workflow
async def main(client_id: str, month: str, recipients: list):
    metrics = await collect_metrics(client_id=client_id, month=month)
    charts = await render_charts(metrics=metrics)
    pdf = await build_pdf(client_id=client_id, month=month, metrics=metrics, charts=charts)
    await email_report(recipients, pdf["url"], month)
    archive_id = await archive_pdf(client_id, month, pdf["url"])
    return {"pdf": pdf["url"], "archive": archive_id}
