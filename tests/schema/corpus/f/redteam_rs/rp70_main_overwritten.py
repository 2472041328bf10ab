def main(first: int = 1):
    return first


def other(x: int = 2):
    return x


def main(second: str = "two", third: list[int] = [3]):
    return second
