def main(__proto__: str, a: int):
    pass
