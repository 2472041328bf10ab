import wmill
from typing import TypedDict, Optional


class s3(TypedDict):
    bucket: str


DynSelect_region = str


def main(a: s3, b: Optional[s3] = None, c: list[s3] = [], region: DynSelect_region = "eu", d: wmill.S3Object = None, e: bytes = b"x"):
    return a
