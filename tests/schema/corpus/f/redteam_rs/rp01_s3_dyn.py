import wmill
from wmill import S3Object

DynSelect_region = str
DynMultiselect_tags = list


def region():
    return [{"value": "eu", "label": "Europe"}]


def main(
    src: S3Object,
    dst: wmill.S3Object | None = None,
    region: DynSelect_region = "eu",
    tags: DynMultiselect_tags = [],
    files: list[S3Object] = [],
):
    return src
