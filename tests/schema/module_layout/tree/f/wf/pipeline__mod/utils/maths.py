def main(x: float, y: float = 1.5):
    return x * y
