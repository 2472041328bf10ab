def main(a: int = 1, b: str = "x"):  # trailing ) comment (
    return a
