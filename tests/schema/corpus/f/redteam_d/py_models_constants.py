import os
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, List, Optional, TypedDict

import wmill
from pydantic import BaseModel
from wmill import S3Object, task, workflow

COUNTRIES = ["DE", "FR"]
LIMIT = 5


class Item(BaseModel):
    sku: str
    qty: int = 1


@dataclass
class Window:
    start: str
    end: str


class slack(TypedDict):
    token: str


@task()
async def t(x: str) -> str:
    return x


@workflow
async def main(
    item: Item,
    window: Window,
    file: S3Object,
    s3: wmill.S3Object = None,
    sl: Optional[slack] = None,
    countries: list[str] = COUNTRIES,
    limit: int = LIMIT,
    token: str = os.environ.get("TOKEN", ""),
    copy: list[str] = list(COUNTRIES),
    price: Decimal = Decimal("1.5"),
    keyed: Dict[int, str] = {1: "a"},
    holes: List[Optional[int]] = [None, 1],
    joined: str = "a" "b",
    neg_list: list[int] = [-1, +2],
    expr: int = 60 * 60,
    big: int = 2**40,
    lst_dicts: List[Dict[str, int]] = [{"a": 1}],
):
    """Docstring.

    Args:
        item: the item
    """
    return await t("x")
