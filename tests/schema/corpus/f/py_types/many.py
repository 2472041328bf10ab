import datetime
import wmill
from typing import *

def main(a: datetime, b: datetime.datetime, c: date, d: datetime.date, e: wmill.S3Object, f: S3Object, g: wmill.Foo, h: foo.Bar, i: Sql, j: sql, k: DynSelect_foo, l: DynMultiselect_bar, m: Any, n: "str", o: tuple, p: set, q: Union[int, str], r: int | str, s: None | int, u: Dict[str, int], v: postgresql, w: Literal["a"], x: Literal[1, 2], y: Literal["a", 1], z: typing.Optional[int], aa: bytes, ab: dict, ac: object, ad: float, ae: Optional[Optional[str]], ag: int | None | str, ai: wmill.sql, aj: datetime.time, ak: Email, al: email, am: wmill.Email, an: typing.List[int], ao: List[int, str], ap: list[int] | None, aq: "int", t: Optional[int] = 3, af: str | None = "x", ah: Optional[str] = None, ar: Optional[list] = None, at: Optional[int] = None):
    pass
