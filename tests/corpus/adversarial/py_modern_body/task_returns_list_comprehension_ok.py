# SDK: wmill 1.850.0 client.py: a list of dicts of str survives the task's JSON round trip unchanged.
from wmill import task, workflow


def normalize(row: dict) -> dict:
    return {"email": row["email"].strip().lower(), "name": row.get("name", "").title()}


@task()
async def clean_contacts(rows: list[dict]) -> list[dict]:
    return [normalize(row) for row in rows if row.get("email")]


@task()
async def upsert_contact(email: str, display_name: str) -> bool:
    return bool(email and display_name)


@workflow
async def main(rows: list[dict]):
    cleaned = await clean_contacts(rows)
    written = 0
    for contact in cleaned:
        written += await upsert_contact(contact["email"], contact["name"])
    return {"written": written}
