from typing import Optional, List
import wmill
from wmill import S3Object as S3


def main(
    a: wmill.S3Object,
    b: Optional[wmill.S3Object] = None,
    c: List[wmill.S3Object] = [],
    d: S3 = None,
    e: list[S3Object] = [],
    f: S3Object = {"s3": "path/to/file.csv"},
):
    return a
