async def main(a: int, b: str):
    """Args:
        a: first [a|b]
    """
