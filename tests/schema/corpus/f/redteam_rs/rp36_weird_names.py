def main(
    _: int = 0,
    __dunder__: str = "d",
    CamelCase: bool = True,
    with_digit_9: int = 9,
    ñame: str = "ñ",
    λ: float = 1.0,
    _private: str = "p",
    type: str = "t",
    format: str = "f",
    default: str = "d",
    required: list = [],
    properties: dict = {},
):
    return _
