def main(
    a: int = 1 if True else 2,
    b: int = None or 3,
    c: bool = True and False,
    d: int = [1, 2][0],
    e: int = - 1,
    f: int = --1,
    g: str = "a" f"b",
    h: float = -1.5e3,
    i: dict = {"a": 1, **{}},
    j: int = (x := 3),
    k: str = "line\
continued",
    l: str = "\0\v\b\a",
):
    return a
