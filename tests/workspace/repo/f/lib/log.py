def debug(message: str) -> None:
    print(message)
