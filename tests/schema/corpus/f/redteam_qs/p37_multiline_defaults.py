def main(
    config: dict = {
        "a": 1,
        "b": [
            1,
            2,
        ],
    },
    names: list = [
        "x",  # first
        "y",
    ],
):
    return config
