from wmill import workflow

from f.lib.http_client import HttpClient


class AuditedClient(HttpClient):
    def send(self, payload: dict) -> dict:
        stamped = {**payload, "audited": True}
        return super().send(stamped)


@workflow
async def main(base: str, order_id: str):
    client = AuditedClient(base)
    return client.send({"order": order_id})  # expect: WAC101
