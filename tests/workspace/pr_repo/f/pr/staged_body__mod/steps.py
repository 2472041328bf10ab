def label(region: str) -> str:
    return f"region:{region}"
