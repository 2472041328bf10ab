# SDK: wmill 1.850.0 get_resource() calls the Windmill API; inside a task body it runs once in the child job (a task is a single job, never replayed)
import wmill
from wmill import task, workflow


@task(timeout=600)
async def rebuild_search_index(tenant: str, index: str) -> dict:
    import psycopg
    from opensearchpy import OpenSearch

    db = wmill.get_resource(f"f/tenants/{tenant}_postgres")
    dsn = f"postgresql://{db['user']}:{db['password']}@{db['host']}:{db.get('port', 5432)}/{db['dbname']}"
    client = OpenSearch(hosts=[{"host": "search.internal", "port": 9200}])
    with psycopg.connect(dsn) as conn:
        rows = conn.execute("SELECT id, title, body FROM articles").fetchall()
    for row_id, title, body in rows:
        client.index(index=index, id=row_id, body={"title": title, "body": body, "tenant": tenant})
    return {"tenant": tenant, "documents": len(rows)}


def resource_path(tenant: str) -> str:
    return f"f/tenants/{tenant}_postgres"


@workflow
async def main(tenants: list[str], index_prefix: str = "kb"):
    reports = []
    for tenant in tenants:
        print("rebuilding", tenant, "from", resource_path(tenant))
        reports.append(await rebuild_search_index(tenant, f"{index_prefix}-{tenant}"))
    return {"tenants": len(reports), "documents": sum(r["documents"] for r in reports)}
