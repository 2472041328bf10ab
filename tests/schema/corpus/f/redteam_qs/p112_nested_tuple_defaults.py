def main(a: tuple = ((1, 2), (3,)), b: list = [-1, -2.5, -True], c: set = set(), d: frozenset = frozenset({1}), e: list = [(1, 2)]):
    return a
