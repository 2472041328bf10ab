# SDK: wmill 1.850.0 client.py: code in the @workflow body outside task()/step() is not checkpointed and re-runs on each round.
from wmill import task, workflow


@task()
async def summarize(ticket_id: str) -> str:
    return f"summary of {ticket_id}"


@workflow
async def main(ticket_id: str):
    import smtplib as mail

    summary = await summarize(ticket_id)
    mail.SMTP("smtp.example.com").sendmail("bot@example.com", ["oncall@example.com"], summary)  # expect: WAC101
    return summary
