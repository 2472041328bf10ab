# SDK: wmill 1.850.0 client.py task(): `from functools import wraps` is the same functools.wraps; signature() follows __wrapped__ and the positional argument is sent as invoice_id.
from functools import wraps

from wmill import task, workflow


def audited(fn):
    @wraps(fn)
    async def wrapper(*args, **kwargs):
        print("audit", fn.__name__)
        return await fn(*args, **kwargs)

    return wrapper


@task()
@audited
async def void_invoice(invoice_id: str) -> bool:
    return True


@workflow
async def main(invoice_id: str):
    return await void_invoice(invoice_id)
