def main(
    d: dict = {"yes": 1, "a: b": 2, "": 3, "#": 4, "~": 5, "-": 6, "null": None, "1": 1, "type": "t"},
    e: dict = {"long key that is really quite long and exceeds the emitter line width of eighty chars": 1},
    f: list = ["yes", "no", "", " ", "a: b", "multi\nline", "x" * 90],
    g: dict = {"nested": {"yes": ["on", {"off": "~"}]}},
):
    return d
