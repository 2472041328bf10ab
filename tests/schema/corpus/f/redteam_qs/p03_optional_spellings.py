import typing
from typing import Optional, Union
import typing as t


def main(
    a: typing.Optional[str],
    b: t.Optional[int] = None,
    c: Union[None, float] = None,
    d: Optional["str"] = None,
    e: typing.Union[str, None] = "x",
    f: "Optional[int]" = None,
):
    return a
