from typing import Literal


def main(
    a: Literal["a", "b",],
    b: Literal[""] = "",
    c: Literal["q\"uote", 'single'] = "single",
    d: Literal["\u00e9", "\n"] = "\n",
    e: Literal[("x", "y")] = "x",
    f: Literal["emoji 🎉"] = "emoji 🎉",
):
    return a
