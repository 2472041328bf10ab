from wmill import workflow

from f.lib.mid_client import RetryingClient


@workflow
async def main(base: str, order_id: str):
    client = RetryingClient(base)
    preview = client.send({"order": order_id})
    return {"preview": preview, "who": client.describe()}
