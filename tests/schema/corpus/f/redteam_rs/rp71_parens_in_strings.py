def main(
    pattern: str = r"\(\d+\)",
    open_only: str = "(",
    close_only: str = ")",
    mixed: str = "a)b(c",
    hashy: str = "# not a comment )",
    after: int = 1,
):
    return pattern
