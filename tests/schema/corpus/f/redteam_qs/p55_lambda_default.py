def main(fn=lambda: 1, x: int = (1), y: list = [*range(3)], z: dict = {**{"a": 1}}):
    return x
