def main[T](a: T, b: list[T] = [], c: int = 1):
    return a
