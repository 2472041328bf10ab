def main(zeta: int, name: str, id: int, type: str, version: str, value: int, description: str, summary: str, lock: str, content: str, a: int, aaa: int, ab: int, AB: str, _x: int, x_: int, X: int):
    pass
