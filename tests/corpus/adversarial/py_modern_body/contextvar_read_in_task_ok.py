# SDK: wmill 1.850.0 client.py _execute_directly(): the child job re-runs the body up to the task's key and then calls the task in that same process, so a ContextVar the body set from its input is set when the task reads it.
import contextvars

from wmill import task, workflow

tenant_var: contextvars.ContextVar[str] = contextvars.ContextVar("tenant", default="unknown")


@task()
async def export_orders(day: str) -> str:
    return f"s3://exports/{tenant_var.get()}/{day}.csv"


@workflow
async def main(tenant: str, days: list[str]):
    tenant_var.set(tenant)
    return [await export_orders(day) for day in days]
