def main(
    a: int = -0,
    b: float = -0.0,
    c: float = 1e400,
    d: int = 0b101,
    e: int = 0o17,
    f: float = 1.,
    g: float = .5,
    h: float = 1E-3,
    i: int = 10**3,
    j: int = 12345678901234567890,
    k: float = 2.5e-10,
    l: int = -(3),
):
    return a
