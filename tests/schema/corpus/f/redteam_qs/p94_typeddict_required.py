from typing import TypedDict
from typing_extensions import Required, NotRequired


class Req(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]


class postgresql(TypedDict):
    host: str


def main(r: Req, pg: postgresql | None = None, pgs: Optional[postgresql] = None):
    return r
