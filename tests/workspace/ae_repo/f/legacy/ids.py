import hashlib


def new_id(prefix: str, seed: str) -> str:
    return f"{prefix}_{hashlib.md5(seed.encode()).hexdigest()[:10]}"
