from typing import Literal


def main(period: str, fmt: Literal["csv", "xlsx"] = "csv", *, include_drafts: bool = False) -> str:
    return f"{period}.{fmt}{'+drafts' if include_drafts else ''}"
