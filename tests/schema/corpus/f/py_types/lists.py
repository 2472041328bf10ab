from typing import List, Literal, Optional, Any

def main(a: list, f: list[int], g: List[str], h: list[list[int]], i: list[dict], j: list[Foo], k: list[bytes], l: list[float], m: list[bool], n: list[Literal["a","b"]], q: list[datetime], r: list[Optional[int]], b: list = [1,2], c: list = [], d: list = ["x", 1], e: List = [1], o = [{"a": 1}], p = [[1]], s: list = None, t: list = [None, 1], u: list[int] = ["x"], v: list = [[]], w: list[Any] = [1]):
    pass
