def main(
    a: int = 1180591620717411303424,
    b: int = -9223372036854775809,
    c: int = 0xFFFFFFFFFFFFFFFFFF,
    d: float = 1e-400,
    e: float = 0e0,
    f: int = 00,
    g: int = 0_0,
    h: float = 1_0.5,
    i: list = [18446744073709551615, 18446744073709551616, -1],
    j: int = 9223372036854775807,
    k: int = -9223372036854775808,
):
    return a
