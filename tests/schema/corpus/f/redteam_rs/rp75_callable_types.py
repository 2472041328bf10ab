from typing import Callable


def main(f: Callable[[int], int] = None, g: tuple[(int, str)] = None, h: int = 3):
    return h
