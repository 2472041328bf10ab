from typing import Literal

def main(a: Literal["x", "y", "z"], b: Literal["only"], c: Literal[("p", "q")], d: Literal["x",], e: Literal["a" "b", "c"], f: Literal[1, "two", 3.0], g: Literal["x", "y"] = "y", h: Literal['é', "日本"] = "日本"):
    pass
