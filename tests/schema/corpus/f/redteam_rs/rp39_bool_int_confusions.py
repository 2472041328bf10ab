def main(
    a: int = True,
    b: bool = 1,
    c: float = 1,
    d: str = 1,
    e: int = "1",
    f: list = (1, 2),
    g: dict = [],
    h: bool = None,
    i: int = 1.5,
    j: float = "x",
):
    return a
