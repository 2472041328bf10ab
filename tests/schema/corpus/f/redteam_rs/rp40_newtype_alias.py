from typing import NewType, List, Optional, TypeAlias

UserId = NewType("UserId", int)
Names = List[str]
Maybe: TypeAlias = Optional[str]
type Pair = tuple[int, int]


def main(u: UserId, names: Names = [], m: Maybe = None, p: Pair = (1, 2)):
    return u
