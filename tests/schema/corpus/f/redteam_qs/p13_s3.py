import wmill
from wmill import S3Object
from typing import Optional, List


def main(
    file: S3Object,
    other: wmill.S3Object,
    maybe: Optional[S3Object] = None,
    many: List[S3Object] = [],
    with_default: S3Object = S3Object(s3="a/b.csv"),
):
    return file
