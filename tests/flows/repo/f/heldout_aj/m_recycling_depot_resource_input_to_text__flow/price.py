import wmill


def main(rows: list):
    rates = wmill.get_resource("f/recycling/reprocessor_rates")
    lines = []
    for r in rows:
        rate = rates.get(r["material"], 0)
        lines.append({"material": r["material"], "tonnes": round(r["tonnes"], 2), "value_gbp": round(r["tonnes"] * rate, 2)})
    return {"lines": lines, "total_gbp": sum(line["value_gbp"] for line in lines)}
