from typing import Any, Dict, List, Optional, Set, Tuple, Union, Sequence, Mapping, Iterable
import typing
import collections.abc


def main(
    a: Dict[str, Any],
    b: List[Dict[str, Any]] = [],
    c: Optional[List[Dict[str, Any]]] = None,
    d: Set[str] = set(),
    e: Tuple[int, str] = (1, "a"),
    f: Tuple[int, ...] = (),
    g: Sequence[str] = (),
    h: Mapping[str, int] = {},
    i: Iterable[int] = [],
    j: typing.List[typing.Dict[str, int]] = [],
    k: collections.abc.Sequence[int] = [],
    l: Union[int, str] = 1,
    m: Union[None, int] = None,
    n: list[list[list[int]]] = [],
    o: dict[str, list[dict[str, int]]] = {},
    p: frozenset[str] = frozenset(),
    q: type[int] = int,
):
    return a
