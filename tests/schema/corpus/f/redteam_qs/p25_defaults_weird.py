def main(
    a: float = float("inf"),
    b: int = int("3"),
    c: str = "a" + "b",
    d: list = list(),
    e: dict = dict(a=1),
    f: str = str(None),
    g: complex = 1j,
    h: int = ~0,
    i: float = +1.5,
    j: str = r"raw\n",
    k: str = "x" * 3,
):
    return a
