# SDK: wmill 1.850.0: _StepSuspend subclasses BaseException, so `except BaseException` that re-raises anything not an Exception lets it through; random.Random seeded with a str is the same in every process (sha512 seeding)
import random
from datetime import date, timedelta

from sqlalchemy import create_engine, text

from wmill import task, workflow

# create_engine is lazy: no connection until a task checks one out
ENGINE = create_engine("postgresql+psycopg://estate@db.example-vines.io/harvest", pool_pre_ping=True)

BLOCKS = ("north-slope", "river-flat", "old-vines", "terrace-b")


@task()
async def read_brix(block: str, vintage: int) -> list[dict]:
    with ENGINE.connect() as conn:
        rows = conn.execute(
            text("select row_no, brix, ph from samples where block = :b and vintage = :v order by row_no"),
            {"b": block, "v": vintage},
        ).mappings().all()
    return [{"row": r["row_no"], "brix": float(r["brix"]), "ph": float(r["ph"])} for r in rows]


@task()
async def book_crew(block: str, pick_day: str, rows: list[int]) -> dict:
    import httpx

    with httpx.Client(timeout=15) as client:
        resp = client.post(
            "https://crews.example-vines.io/bookings",
            json={"block": block, "day": pick_day, "rows": rows},
        )
        resp.raise_for_status()
        return resp.json()


def fetch_window(start: str, days: int) -> list[str]:
    """Pure: the calendar days of the pick window, from the input date."""
    first = date.fromisoformat(start)
    return [(first + timedelta(days=i)).isoformat() for i in range(days)]


def ready_rows(samples: list[dict], min_brix: float) -> list[int]:
    return sorted(s["row"] for s in samples if s["brix"] >= min_brix and 3.2 <= s["ph"] <= 3.7)


@workflow
async def main(vintage: int, window_start: str, window_days: int = 5, min_brix: float = 23.5):
    days = fetch_window(window_start, window_days)
    # a spot-check sample order seeded from the inputs: the same in every replay
    rng = random.Random(f"{vintage}:{window_start}")
    spot_checks = rng.sample(list(BLOCKS), k=2)
    bookings = []
    for i, block in enumerate(BLOCKS):
        samples = await read_brix(block, vintage)
        rows = ready_rows(samples, min_brix)
        if not rows:
            continue
        try:
            booking = await book_crew(block, days[i % len(days)], rows)
        except BaseException as exc:
            if not isinstance(exc, Exception):
                raise
            booking = {"block": block, "error": str(exc)}
        bookings.append(booking)
    return {"bookings": bookings, "spot_checks": spot_checks}
