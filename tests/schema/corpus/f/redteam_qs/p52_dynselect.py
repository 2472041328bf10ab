from typing import Literal

DynSelect_region = str


def main(region: DynSelect_region, other: "DynMultiselect_tags" = None, sql: str = "select 1"):
    return region
