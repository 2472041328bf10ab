def main[T](x: T, y: int = 1):
    return x
