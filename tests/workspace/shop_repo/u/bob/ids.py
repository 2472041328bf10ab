import uuid


def new_batch_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def batch_label(prefix: str, n: int) -> str:
    return f"{prefix}-{n:04d}"
