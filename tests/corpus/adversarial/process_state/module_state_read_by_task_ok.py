# SDK: wmill 1.850.0 client.py a task's child job re-runs the body up to the task's key (_executing_key), so a module dict the body filled before the call is filled in the child too.
from wmill import task, workflow

CONTEXT: dict = {}


@task()
async def export(table: str) -> str:
    return f"{CONTEXT['tenant']}/{table}"


@workflow
async def main(tenant: str, tables: list):
    CONTEXT["tenant"] = tenant
    return [await export(t) for t in tables]
