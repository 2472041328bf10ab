import typing


def main(
    items: typing.List[typing.Dict[str, typing.Any]],
    lit: typing.Literal["x", "y"] = "x",
    u: typing.Union[int, str] = 1,
    seq: typing.Sequence[int] = (),
):
    return items
