from typing import Optional


class Cfg(dict):
    pass


def main(
    was_obj: list[int],
    was_arr: dict,
    was_str: int = 1,
    was_enum: str = "a",
    was_res: str = "x",
    was_num: Optional[str] = None,
):
    return was_obj
