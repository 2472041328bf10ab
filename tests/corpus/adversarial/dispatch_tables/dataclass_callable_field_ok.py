# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the callables kept in the dataclass fields only format numbers.
from dataclasses import dataclass
from typing import Callable

from wmill import task, workflow


@dataclass(frozen=True)
class Column:
    title: str
    render: Callable[[float], str]


COLUMNS = [Column("revenue", lambda v: f"${v:,.2f}"), Column("growth", lambda v: f"{v:.1%}")]


@task()
async def quarter_numbers(quarter: str) -> dict:
    return {"revenue": 1250000.0, "growth": 0.083}


@task()
async def save_report(lines: list[str]) -> int:
    return len(lines)


@workflow
async def main(quarter: str):
    numbers = await quarter_numbers(quarter)
    lines = [f"{c.title}: {c.render(numbers[c.title])}" for c in COLUMNS]
    return await save_report(lines)
