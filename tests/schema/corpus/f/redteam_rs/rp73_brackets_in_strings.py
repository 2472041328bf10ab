def main(a: str = "[", b: str = "]", c: str = "{", d: str = "}", e: list = ["]"], f: dict = {"}": "{"}):
    return a
