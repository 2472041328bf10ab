def main(rows: list, previous_total: int = 0):
    total = sum(r["signups"] for r in rows)
    delta = total - previous_total
    lines = "".join(f"<tr><td>{r['plan']}</td><td>{r['signups']}</td></tr>" for r in rows)
    sign = "+" if delta >= 0 else ""
    html = f"<h2>{total} signups ({sign}{delta} vs last week)</h2><table>{lines}</table>"
    return {"html": html, "total": total}
