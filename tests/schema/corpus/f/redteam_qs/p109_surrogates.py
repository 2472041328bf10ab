def main(a: str = "\ud83d\ude00", b: str = "a\ud800b", c: list = ["\ud800"], d: dict = {"\udc00": "x"}, e: str = "\U0001F600", f: str = "x\ud800\n"):
    return a
