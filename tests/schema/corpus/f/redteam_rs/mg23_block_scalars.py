def main(a: int = 1, b: str = "x"):
    return a
