from typing import Any

def main(a: list[dict], b: list, c: list[list[int]], d: list[Foo], e: list[bytes]):
    pass
