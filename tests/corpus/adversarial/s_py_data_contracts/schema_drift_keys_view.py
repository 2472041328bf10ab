# SDK: wmill 1.850.0 a task result is json.dumps(default=str): dict.keys() - other is a set (set operators on a keys view return set), written as the string "{'a', 'b'}"
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
    missing = CONTRACT.keys() - columns.keys()
    return {"table": table, "columns": len(columns), "missing": missing}  # expect: WAC107


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
            tickets[table] = await open_ticket(table, list(report["missing"]))
    return {"checked": len(tables), "tickets": tickets}
