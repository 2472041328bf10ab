def main(a: int = 1, *, b, c: str = "c"):
    return a
