from wmill import task, workflow

from f.lib.base_client import BaseClient


class LabelledClient(BaseClient):
    def label(self) -> str:
        return f"client for {self.base}"


@task()
async def remember(label: str) -> str:
    return label


@workflow
async def main(base: str, order_id: str):
    client = LabelledClient(base)
    preview = client.send({"order": order_id})
    return {"preview": preview, "label": await remember(client.label())}
