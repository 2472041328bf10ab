def main(
    a: list[str | None] | str | None,
    c: (int | None) | None,
    d: dict | str | None,
    b: int | None | None = 1,
):
    return a
