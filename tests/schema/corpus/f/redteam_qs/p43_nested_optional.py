from typing import Optional, Union, Literal


def main(
    a: Optional[Optional[int]] = None,
    b: Union[Literal["a"], Literal["b"]] = "a",
    c: Optional[Union[int, str]] = None,
    d: Union[int, None, str] = None,
    e: Union[list[str], None] = None,
):
    return a
