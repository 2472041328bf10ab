# SDK: wmill 1.850.0 client.py: the body is replayed; serialising task results with whichever JSON module imported is pure and deterministic.
try:
    import orjson as _json

    def dumps(value: object) -> str:
        return _json.dumps(value, option=_json.OPT_SORT_KEYS).decode()
except ImportError:
    import json as _json

    def dumps(value: object) -> str:
        return _json.dumps(value, sort_keys=True)

from wmill import task, workflow


@task()
async def collect_metrics(service: str) -> dict:
    return {"p99": 120}


@task()
async def publish_digest(service: str, digest: str) -> bool:
    return True


@workflow
async def main(service: str):
    metrics = await collect_metrics(service)
    digest = dumps({"service": service, "metrics": metrics})
    await publish_digest(service, digest)
    return {"digest": digest}
