def main(
    name: str,
    retries: int = 3,
    # timeout: float = 1.5,
):
    return name
