# SDK: wmill 1.850.0 replays the body after each task; get_client() is the team's cached factory, but the upload through it still runs in the body on every round
import functools

from wmill import task, workflow


@functools.lru_cache(maxsize=1)
def get_client():
    import boto3

    return boto3.session.Session(profile_name="reports").client("s3")


def upload_report(key: str, body: str) -> None:
    get_client().put_object(Bucket="acme-reports", Key=key, Body=body.encode())


@task()
async def build_report(account_id: str, month: str) -> str:
    import psycopg

    with psycopg.connect("postgresql://reports@db/usage") as conn:
        rows = conn.execute(
            "select service, sum(cost) from usage where account_id = %s and month = %s group by 1",
            (account_id, month),
        ).fetchall()
    return "\n".join(f"{svc},{cost}" for svc, cost in rows)


@task()
async def email_owner(account_id: str, key: str) -> None:
    import requests

    requests.post("https://mail.internal/send", json={"to": account_id, "template": "usage", "link": key}, timeout=10)


@workflow
async def main(account_ids: list[str], month: str):
    for account_id in account_ids:
        csv_text = await build_report(account_id, month)
        key = f"usage/{month}/{account_id}.csv"
        upload_report(key, csv_text)  # expect: WAC101
        await email_owner(account_id, key)
    return {"accounts": len(account_ids)}
