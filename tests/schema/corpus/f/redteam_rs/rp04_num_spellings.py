def main(
    a: int = 0x1F,
    b: int = 1_000,
    c: float = 1_000.000_1,
    d: int = 0x_FF,
    e: int = 0b_1010,
    f: int = 0o_777,
    g: float = 1e21,
    h: float = 123456789012345680000.0,
    i: float = 5e-324,
    j: float = 1.7976931348623157e308,
    k: int = 9007199254740993,
    l: int = -9007199254740993,
    m: float = 0.1 + 0.2,
    n: float = 1e-7,
    o: float = 100.0,
    p: int = 0XdeadBEEF,
):
    return a
