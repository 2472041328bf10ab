def score(depth: int) -> int:
    return depth * 10
