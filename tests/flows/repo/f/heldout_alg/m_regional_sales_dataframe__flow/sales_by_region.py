import io

import pandas as pd
import wmill


def main(week: str):
    s3 = wmill.load_s3_file(f"exports/tills/{week}.csv")
    tills = pd.read_csv(io.BytesIO(s3))
    shops = pd.DataFrame(wmill.get_resource("f/farmshop/shop_regions")["shops"])
    merged = tills.merge(shops, on="shop_id")
    by_region = merged.groupby("region", as_index=False)["revenue"].sum()
    return by_region.sort_values("revenue", ascending=False)
