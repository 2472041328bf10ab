# SDK: wmill 1.850.0 a task result crosses JSON: sorted() of a keys-view difference is a list of str and survives
from wmill import task, workflow

CONTRACT = {
    "customer_id": "string",
    "email": "string",
    "country": "string",
    "created_at": "timestamp",
    "lifetime_value": "numeric",
}


@task(timeout=600)
async def sample_columns(table: str) -> dict:
    import snowflake.connector

    conn = snowflake.connector.connect(account="acme-eu", user="CONTRACTS", authenticator="externalbrowser")
    try:
        cur = conn.cursor()
        cur.execute(f"SELECT * FROM {table} LIMIT 1")
        columns = {d[0].lower(): d[1] for d in cur.description}
    finally:
        conn.close()
    missing = sorted(CONTRACT.keys() - columns.keys())
    extra = sorted(set(columns) - set(CONTRACT))
    return {"table": table, "columns": len(columns), "missing": missing, "extra": extra}


@task()
async def open_ticket(table: str, missing: list[str]) -> str:
    import requests

    resp = requests.post(
        "https://jira.example.com/rest/api/2/issue",
        json={"fields": {"project": {"key": "DATA"}, "summary": f"{table} breaks its contract",
                         "description": "Missing columns: " + ", ".join(missing), "issuetype": {"name": "Bug"}}},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["key"]


@workflow
async def main(tables: list[str]):
    tickets = {}
    for table in tables:
        report = await sample_columns(table)
        if report["missing"]:
            tickets[table] = await open_ticket(table, report["missing"])
    return {"checked": len(tables), "tickets": tickets}
