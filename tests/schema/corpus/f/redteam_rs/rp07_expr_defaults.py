X = 5


def main(
    a: int = 1 if True else 2,
    b: bool = not False,
    c: int = (3),
    d: int = -(-(-4)),
    e: str = "a" "b" 'c',
    f: bool = 1 < 2,
    g: int = 7 // 2,
    h: float = 7 / 2,
    i: int = 2 ** 10,
    j: int = 1 << 4,
    k: int = True + 1,
    l: str = ("multi"
              "line"),
    m=...,
    n: int = (x := 3),
    o: list = [i for i in range(2)],
    p=lambda: 1,
):
    return a
