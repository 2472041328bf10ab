from typing import TypedDict, Literal, Optional
from enum import Enum


class Mode(str, Enum):
    A = "a"
    B = "b"


class Opts(TypedDict):
    mode: Mode
    kind: Literal["k1", "k2"]
    when: "datetime"
    maybe_mode: Optional[Mode]


from datetime import datetime


def main(opts: Opts = {"mode": "a", "kind": "k1"}, list_opts: list[Opts] = []):
    return opts
