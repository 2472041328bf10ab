def main(
    a: dict = {1: "one", 2: "two"},
    b: dict = {True: 1, None: 2},
    c: set = {1, 2, 3},
    d: dict = {"x": (1, 2)},
    e: list = [1, "a", None, True, 1.5, -2],
    f: dict = {"k": {"kk": {"kkk": []}}},
):
    return a
