import wmill

def main(q: sql, r: wmill.Sql, s: DynSelect_region, t: DynMultiselect_tags, u: list[DynSelect_x]):
    pass
