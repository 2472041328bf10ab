def main(self, x: int = 1, cls: str = "c"):
    return x
