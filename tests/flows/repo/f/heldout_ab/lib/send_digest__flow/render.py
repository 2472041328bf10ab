def main(cadence: str, kpis: list):
    title = {"daily": "Today", "weekly": "This week", "monthly": "This month"}[cadence]
    lines = [f"**{title}**"]
    for kpi in kpis:
        delta = kpi.get("delta", 0)
        arrow = "▲" if delta > 0 else ("▼" if delta < 0 else "•")
        lines.append(f"- {kpi['name']}: {kpi['value']} {arrow} {abs(delta):.1f}%")
    return {"text": "\n".join(lines)}
