from typing import Literal


def main(region: Literal["eu", "us"] = "eu", limit: int = 10):
    return region
