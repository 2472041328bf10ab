# SDK: wmill 1.850.0 task arguments are JSON; boto3's TypeSerializer / TypeDeserializer only convert values in memory (no client, no request), so marshalling in the body is pure
from boto3.dynamodb.types import TypeDeserializer, TypeSerializer
from wmill import task, workflow

serializer = TypeSerializer()
deserializer = TypeDeserializer()


@task(timeout=300)
async def batch_write(table: str, items: list[dict]) -> int:
    import boto3

    ddb = boto3.client("dynamodb")
    for start in range(0, len(items), 25):
        chunk = items[start : start + 25]
        ddb.batch_write_item(RequestItems={table: [{"PutRequest": {"Item": i}} for i in chunk]})
    return len(items)


@task(timeout=300)
async def read_back(table: str, key: dict) -> dict:
    import boto3

    return boto3.client("dynamodb").get_item(TableName=table, Key=key, ConsistentRead=True).get("Item", {})


@workflow
async def main(table: str, profiles: list[dict]):
    items = [
        {k: serializer.serialize(v) for k, v in p.items() if v is not None}
        for p in profiles
    ]
    written = await batch_write(table, items)
    check = await read_back(table, {"pk": serializer.serialize(profiles[0]["pk"])}) if profiles else {}
    first = {k: deserializer.deserialize(v) for k, v in check.items()}
    return {"written": written, "first_pk": str(first.get("pk", ""))}
