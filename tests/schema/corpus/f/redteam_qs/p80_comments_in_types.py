from typing import Optional, Dict


def main(
    a: Optional[  # the inner type
        int
    ] = None,
    b: Dict[
        str,  # key
        int,
    ] = {},
    c: list[
        str
    ] = [],
):
    return a
