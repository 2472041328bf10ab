def outer():
    def main(x: int):
        return x
    return main


async def main() -> None:
    pass


def preprocessor(event):
    return {}
