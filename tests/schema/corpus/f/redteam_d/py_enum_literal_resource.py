from datetime import date, datetime
from enum import Enum
from typing import Any, Literal, Optional, TypedDict, Union

from wmill import task, workflow


class Tier(str, Enum):
    FREE = "free"
    PRO = "pro"


class postgresql(TypedDict):
    host: str
    port: int


class Options(TypedDict, total=False):
    retries: int
    labels: dict[str, str]


@task()
async def t(x: str) -> str:
    return x


@workflow
async def main(
    db: postgresql,
    tier: Tier = Tier.PRO,
    mode: Literal["a", "b", "c"] = "b",
    maybe_mode: Optional[Literal["x", "y"]] = None,
    when: datetime = None,
    day: Optional[date] = None,
    ratio: float = -0.5,
    big: int = 10_000,
    sci: float = 1e3,
    blob: bytes = b"",
    tags: list[Literal["red", "green"]] = ["red"],
    matrix: list[list[int]] = [[1, 2], [3]],
    weights: dict[str, float] = {"a": 1.0, "b": -2},
    pair: tuple = (1, 2),
    options: Options = {"retries": 2},
    note: "str" = "n",
    text: str = "multi\nline \u00e9 'q' \"dq\"",
    flag: bool = False,
    nothing=None,
    untyped=3,
    u: Union[str, None] = "x",
    v: str | None = None,
    *,
    kw_only: int = 4,
    **extra: Any,
):
    return await t(mode)
