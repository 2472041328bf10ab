def main(a: int, /, b: str, *, c: float, d: list[int] = [1]):
    return a
