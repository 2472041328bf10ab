def main(x: int):
    return x * 2
