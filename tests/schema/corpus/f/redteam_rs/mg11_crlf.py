def main(a: int, b: str = "new"):
    return a
