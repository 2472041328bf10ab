def main(sold_out: list, released: list) -> str:
    done = [r for r in released if r]
    lines = [f"- {r['tier']}: {r['released']} codes ({r['mode']})" for r in done]
    if sold_out:
        lines.append("Sold out: " + ", ".join(sold_out))
    return "\n".join(lines)
