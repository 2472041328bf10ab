# Time and id helpers shared by the billing scripts.
import os
import random
import uuid
from datetime import datetime, timezone


class BillingClock:
    def __init__(self, tz=timezone.utc):
        self.tz = tz

    def today(self) -> str:
        return datetime.now(self.tz).date().isoformat()

    def batch_id(self) -> str:
        return f"batch-{uuid.uuid4().hex[:8]}"

    def jitter(self, base: float) -> float:
        return base + random.random()

    @staticmethod
    def environment() -> str:
        return os.environ.get("BILLING_ENV", "prod")


def period_label(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"
