def main(
    a: dict = {1: "one", None: "none", True: "t", 2.5: "f"},
    b: list = [(1, 2), {3}, frozenset()],
    c: tuple = (),
    d: tuple = (1,),
    e: set = set(),
    f: list = [None, True, False, -1, 1.5, "s"],
    g: dict = {"nested": {"deep": [1, {"x": None}]}},
    h: list = [[], [[]], {}],
    i: dict = {"a": 1, "a": 2},
    j: list = list(range(3)),
    k: dict = {**{"a": 1}, "b": 2},
):
    return a
