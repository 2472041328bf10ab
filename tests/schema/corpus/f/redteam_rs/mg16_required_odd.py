def main(a: int, b: str, c: int = 1):
    return a
