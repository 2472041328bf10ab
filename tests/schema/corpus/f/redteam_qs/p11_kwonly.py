def main(a: str, *, b: int = 2, c: bool = False):
    return a, b, c
