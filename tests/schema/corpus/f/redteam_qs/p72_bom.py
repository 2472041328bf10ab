def main(a: str = "bom"):
    return a
