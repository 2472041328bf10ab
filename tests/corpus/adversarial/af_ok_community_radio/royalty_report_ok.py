# SDK: wmill 1.850.0 task_script with a relative module path and task_flow by workspace path, both with keyword arguments; a dataclass is rebuilt from the checkpointed dict right after the call (the JSON round trip is undone in the body, same every replay)
from dataclasses import dataclass, field

from wmill import task_flow, task_script, workflow

build_report = task_script("./build_royalty_report.py", timeout=900)
submit_report = task_flow("f/radio/soundexchange_submit", tag="royalties")


@dataclass
class PlayCount:
    isrc: str
    title: str
    plays: int
    aggregate_tuning_hours: float = 0.0


@dataclass
class Report:
    period: str
    station: str
    rows: list[PlayCount] = field(default_factory=list)

    @classmethod
    def from_json(cls, data: dict) -> "Report":
        return cls(
            period=data["period"],
            station=data["station"],
            rows=[PlayCount(**row) for row in data.get("rows", [])],
        )

    def total_plays(self) -> int:
        return sum(r.plays for r in self.rows)


@workflow
async def main(station: str, period: str, minimum_plays: int = 1):
    raw = await build_report(station=station, period=period)
    report = Report.from_json(raw)
    kept = [r for r in report.rows if r.plays >= minimum_plays]
    if not kept:
        return {"period": period, "submitted": False, "reason": "no plays"}

    receipt = await submit_report(
        station=station,
        period=period,
        rows=[{"isrc": r.isrc, "plays": r.plays, "ath": r.aggregate_tuning_hours} for r in kept],
    )
    return {"period": period, "submitted": True, "plays": report.total_plays(), "receipt": receipt}
