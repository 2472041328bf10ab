from typing import Dict, List, Any, TypeAlias

Row = Dict[str, Any]
Rows: TypeAlias = List[Row]
type Matrix = list[list[float]]


def main(rows: Rows, row: Row, m: Matrix):
    return rows
