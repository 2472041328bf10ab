from typing import List


def main(
    a: str | list[str],
    e: (str) | (list[str]),
    h: str | list[int],
    i: str | list[list[str]],
    j: wmill.S3Object | list[wmill.S3Object],
    b: int | list[int] = 3,
    c: list[str] | str = "x",
    d: float | List[float] = [1.5],
    f: Resource | list[Resource] = None,
    g: str | list[str] | None = None,
):
    """Summary.

    Args:
        a: the docstring does not win over the union
        h: this one does
    """
    return a
