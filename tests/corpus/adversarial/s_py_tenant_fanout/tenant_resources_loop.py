# SDK: wmill 1.850.0 get_resource() is an HTTP GET to the Windmill API (get_client().get_resource), not a WAC primitive: it runs again on every replay
import wmill
from wmill import task, workflow


@task(timeout=600)
async def rebuild_search_index(tenant: str, dsn: str, index: str) -> dict:
    import psycopg
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=[{"host": "search.internal", "port": 9200}])
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT id, title, body FROM articles").fetchall()
    for row_id, title, body in rows:
        client.index(index=index, id=row_id, body={"title": title, "body": body, "tenant": tenant})
    return {"tenant": tenant, "documents": len(rows)}


@workflow
async def main(tenants: list[str], index_prefix: str = "kb"):
    reports = []
    for tenant in tenants:
        db = wmill.get_resource(f"f/tenants/{tenant}_postgres")  # expect: WAC101
        dsn = (
            f"postgresql://{db['user']}:{db['password']}@{db['host']}:{db.get('port', 5432)}/{db['dbname']}"
        )
        reports.append(await rebuild_search_index(tenant, dsn, f"{index_prefix}-{tenant}"))
    return {"tenants": len(reports), "documents": sum(r["documents"] for r in reports)}
