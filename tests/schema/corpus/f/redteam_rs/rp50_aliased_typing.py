from typing import List as L, Optional as Opt, Dict as D, Literal as Lit
import datetime as dtm
import typing as T


def main(
    a: L[int] = [],
    b: Opt[str] = None,
    c: D[str, int] = {},
    d: Lit["x", "y"] = "x",
    e: dtm.date = None,
    f: T.Optional[T.List[str]] = None,
):
    return a
