from typing import Tuple, Set, Union

def main(a: tuple, b: tuple[int, int], c: set, d: set[str], e: Union[int, str], f: int | str, g: Tuple[int], h: frozenset):
    pass
