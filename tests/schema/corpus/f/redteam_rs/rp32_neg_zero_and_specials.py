def main(
    a: float = -0.0,
    b: float = float("nan"),
    c: float = -float("inf"),
    d: float = float("-inf"),
    e: int = -0x10,
    f: float = +.5,
    g: int = 00,
    h: float = 0e0,
    i: float = 1_0.0_1e1_0,
    j: int = 10**20,
    k: int = -2**63,
    l: float = 2.0**0.5,
):
    return a
