from wmill import workflow

from f.lib.http_client import HttpClient


@workflow
async def main(base: str, order_id: str):
    client = HttpClient(base)
    result = client.send({"order": order_id})  # expect: WAC101
    return result
