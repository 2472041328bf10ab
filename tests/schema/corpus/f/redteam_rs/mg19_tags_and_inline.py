def main(a: str = "x", b: int = 1):
    return a
