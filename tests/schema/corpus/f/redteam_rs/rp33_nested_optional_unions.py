from typing import Optional, Union, List, Dict


def main(
    a: Optional[Optional[int]] = None,
    b: Union[int, None, str] = None,
    c: Optional[Union[List[int], Dict[str, int]]] = None,
    d: list[int | None] = [],
    e: dict[str, int | str] = {},
    f: int | None | str = 3,
    g: None | int = None,
    h: "int | None" = None,
):
    return a
