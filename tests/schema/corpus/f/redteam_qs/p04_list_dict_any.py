from typing import Any, Dict, List, Mapping, Sequence, Tuple, Set


def main(
    rows: List[Dict[str, Any]],
    mapping: Mapping[str, int],
    seq: Sequence[str],
    pair: Tuple[int, str],
    uniq: Set[str],
    plain: dict,
    anything: Any = None,
    frozen: frozenset = frozenset(),
):
    return rows
