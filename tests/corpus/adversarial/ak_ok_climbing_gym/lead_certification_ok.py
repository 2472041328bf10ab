# SDK: wmill 1.850.0: _StepSuspend derives from BaseException, so `except Exception` never holds it; a handler that logs and re-raises keeps the failure
import logging
from dataclasses import asdict, dataclass, field
from enum import Enum

from wmill import sleep, task, task_script, workflow

logger = logging.getLogger(__name__)

issue_card = task_script("f/gym/issue_member_card", timeout=120)


class Level(str, Enum):
    TOP_ROPE = "top_rope"
    LEAD = "lead"
    LEAD_INSTRUCTOR = "lead_instructor"


@dataclass
class Assessment:
    member_id: str
    level: Level
    checks: dict[str, bool] = field(default_factory=dict)

    def passed(self) -> bool:
        return bool(self.checks) and all(self.checks.values())

    def to_payload(self) -> dict:
        d = asdict(self)
        d["level"] = self.level.value
        return d


@task()
async def record_result(payload: dict) -> dict:
    import requests

    r = requests.post("https://members.example-crag.io/api/certs", json=payload, timeout=15)
    r.raise_for_status()
    return r.json()


@task()
async def book_retest(member_id: str, level: str, days: int) -> str:
    import requests

    r = requests.post(
        "https://members.example-crag.io/api/retests",
        json={"member": member_id, "level": level, "in_days": days},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["slot"]


@workflow
async def main(member_id: str, level: str = "lead", checks: dict = {}, retest_days: int = 14):
    a = Assessment(member_id, Level(level), {k: bool(v) for k, v in checks.items()})
    try:
        saved = await record_result(a.to_payload())
    except Exception:
        logger.exception("could not record the assessment of %s", member_id)
        raise

    if a.passed():
        card = await issue_card(member_id=member_id, level=a.level.value, cert_id=saved["id"])
        return {"passed": True, "card": card}

    slot = await book_retest(member_id, a.level.value, retest_days)
    await sleep(retest_days * 86400 - 3600)
    failed = sorted(k for k, ok in a.checks.items() if not ok)
    return {"passed": False, "retest": slot, "failed_checks": failed}
