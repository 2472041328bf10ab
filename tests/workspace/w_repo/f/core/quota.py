"""Per-account SMS quota, kept in Redis."""

import redis

_cache = redis.Redis(host="redis.internal", port=6379, decode_responses=True)


def current_quota(account: str) -> int:
    return int(_cache.get(f"sms-quota:{account}") or 0)


def quota_key(account: str) -> str:
    return f"sms-quota:{account}"
