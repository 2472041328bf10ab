def main(a: int) -> int:
    return a
