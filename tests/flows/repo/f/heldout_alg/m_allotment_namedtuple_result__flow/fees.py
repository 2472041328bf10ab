from collections import namedtuple

import wmill

FeeSummary = namedtuple("FeeSummary", ["plots", "total_gbp", "concessions"])

FULL_PLOT_GBP = 64.0
HALF_PLOT_GBP = 36.0


def main(year: int):
    register = wmill.get_resource("f/allotments/plot_register")["plots"]
    total = 0.0
    concessions = 0
    for plot in register:
        fee = FULL_PLOT_GBP if plot["size"] == "full" else HALF_PLOT_GBP
        if plot.get("concession"):
            fee /= 2
            concessions += 1
        total += fee
    return FeeSummary(plots=len(register), total_gbp=round(total, 2), concessions=concessions)
