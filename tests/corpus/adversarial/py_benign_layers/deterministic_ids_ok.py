# SDK: wmill 1.850.0 client.py workflow(): values derived only from the inputs (blake2b, uuid5, hmac over a literal key, base64) are the same in every round.
import base64
import hashlib
import hmac
import uuid

from wmill import task, workflow

TENANT_NS = uuid.uuid5(uuid.NAMESPACE_DNS, "tenants.example.com")
SIGNING_CONTEXT = b"export-v2"


def run_id(tenant: str, day: str) -> str:
    digest = hashlib.blake2b(digest_size=8)
    digest.update(tenant.encode())
    digest.update(day.encode())
    return digest.hexdigest()


def object_key(tenant: str, day: str) -> str:
    return f"{uuid.uuid5(TENANT_NS, tenant)}/{day}.parquet"


def signature(tenant: str, day: str) -> str:
    mac = hmac.new(SIGNING_CONTEXT, f"{tenant}|{day}".encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(mac).decode().rstrip("=")


@task()
async def export(tenant: str, day: str, key: str, run: str, sig: str) -> str:
    return f"s3://exports/{key}?run={run}&sig={sig}"


@workflow
async def main(tenant: str, day: str):
    key = object_key(tenant, day)
    return {"uri": await export(tenant, day, key, run_id(tenant, day), signature(tenant, day))}
