from typing import Annotated

import wmill


def main(
    name: Annotated[str, "the user's name"],
    count: Annotated[int, "how many"] = 3,
    tags: Annotated[list[str], "labels"] = [],
):
    return name, count, tags
