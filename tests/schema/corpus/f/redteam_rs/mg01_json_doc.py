def main(a: int, b: str = "x"):
    return a
