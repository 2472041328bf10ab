from typing import Optional, Union

def main(a: Optional[str], b: str | None, c: None | str, d: Union[str, None], e: Optional[list[int]], f: int | None = 5, g: (int) | None = None, h: Optional[Optional[int]] = None):
    pass
