def main(
    a: float = 1e16,
    b: float = 1e21,
    c: float = 1e-7,
    d: float = 0.1,
    e: float = 123456789.123456789,
    f: float = 5e-324,
    g: float = 1.7976931348623157e308,
    h: int = 9007199254740993,
    i: float = 100.0,
    j: float = 1e-6,
    k: list = [1e22, 2.5e-8, -0.0, 1.0],
    l: dict = {"x": 1e100},
):
    return a
