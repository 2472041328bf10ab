def main(a: int):
    return a


def main(b: str = "second"):
    return b
