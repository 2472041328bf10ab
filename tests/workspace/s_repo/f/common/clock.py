# SDK: no wmill import; time and id helpers, some deterministic, some not
import random
import uuid
from datetime import datetime, timedelta, timezone

ORDER_NAMESPACE = uuid.UUID("6f1c2a52-7d0e-4d8c-9a55-0c4b8f3e2a10")


def utc_stamp() -> str:
    return datetime.now(timezone.utc).isoformat()


def fresh_batch_id() -> str:
    return uuid.uuid4().hex[:12]


def parse_stamp(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def add_days(value: str, days: int) -> str:
    return (parse_stamp(value) + timedelta(days=days)).isoformat()


def stable_id(*parts: str) -> str:
    # uuid5 is a hash of its input: the same parts give the same id on every replay
    return str(uuid.uuid5(ORDER_NAMESPACE, "/".join(parts)))


def shard_for(key: str, shards: int) -> int:
    # a generator seeded with the key: the same key always picks the same shard
    rng = random.Random(key)
    return rng.randrange(shards)
