async def helper():
    return 1


async def main(
    a: "list[dict[str, str]]" = [{"k": "v"}],
    b: dict[str, "int"] = {"a": 1},
):
    return await helper()
