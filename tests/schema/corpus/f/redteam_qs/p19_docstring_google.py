def main(name: str, retries: int = 3, verbose: bool = False) -> dict:
    """Sync a user.

    Args:
        name: who to sync
        retries: how many attempts
        verbose: print more

    Returns:
        dict: the result
    """
    return {"name": name}
