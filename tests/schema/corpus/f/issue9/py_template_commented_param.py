# Windmill's new-script template keeps a commented-out parameter in the list.
import wmill


def main(
    x: str,
    nested: dict = {"foo": "bar"},
    # an_optional_string: str = "default",
    lucky_number: int = 42,
):
    return x
