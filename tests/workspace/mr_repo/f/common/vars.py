import wmill


def remember(key: str, value: str) -> None:
    wmill.set_variable(key, value)


def label(value: str) -> str:
    return value.strip().upper()


def main(key: str):
    return label(key)
