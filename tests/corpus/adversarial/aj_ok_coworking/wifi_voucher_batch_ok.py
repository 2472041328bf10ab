# SDK: wmill 1.850.0: vouchers derived with HMAC from a key a task returns; secrets.token_urlsafe only inside the task
import hmac
import base64
from hashlib import sha256

from wmill import task, workflow


@task()
async def voucher_key() -> str:
    import secrets
    import requests

    key = secrets.token_urlsafe(32)
    requests.put("https://wifi.example-cowork.com/api/voucher-key", json={"key": key}, timeout=15).raise_for_status()
    return key


@task()
async def register_vouchers(codes: list[str], valid_hours: int) -> int:
    import requests

    r = requests.post("https://wifi.example-cowork.com/api/vouchers", json={"codes": codes, "hours": valid_hours}, timeout=30)
    r.raise_for_status()
    return len(codes)


def voucher(key: str, guest: str, day: str) -> str:
    mac = hmac.new(key.encode(), f"{guest}|{day}".encode(), sha256).digest()
    return base64.b32encode(mac[:10]).decode().rstrip("=")


@workflow
async def main(day: str, guests: list[str], valid_hours: int = 12):
    key = await voucher_key()
    codes = {g: voucher(key, g, day) for g in sorted(guests)}
    registered = await register_vouchers(list(codes.values()), valid_hours)
    return {"registered": registered, "codes": codes}
