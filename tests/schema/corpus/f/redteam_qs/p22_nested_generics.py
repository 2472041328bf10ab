from typing import Dict, List, Optional


def main(
    matrix: List[List[float]],
    index: Dict[str, List[int]],
    opt_list: Optional[List[str]] = None,
    list_opt: List[Optional[str]] = [None],
    deep: list[list[list[int]]] = [[[1]]],
):
    return matrix
