# Maria's report helpers (a module: no main).
import os
from datetime import datetime, timedelta

from f.shared.clock import BillingClock


def report_window(days: int = 7) -> tuple[str, str]:
    end = datetime.utcnow()
    return (end - timedelta(days=days)).isoformat(), end.isoformat()


def fixed_window(end_iso: str, days: int = 7) -> tuple[str, str]:
    end = datetime.fromisoformat(end_iso)
    return (end - timedelta(days=days)).isoformat(), end.isoformat()


def recipients() -> list[str]:
    return os.environ.get("REPORT_RECIPIENTS", "maria@example.com").split(",")


class ReportStamp(BillingClock):
    def title(self, kind: str) -> str:
        return f"{kind} report {self.today()}"
