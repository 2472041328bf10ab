def main(schema_name: str, stale: list[dict], loads_today: int, failed_today: int):
    lines = [f"*{schema_name}*: {loads_today} loads in 24h, {failed_today} failed"]
    for row in stale:
        lines.append(f"• `{row['table_name']}` last loaded {row['age_hours']:.1f} h ago")
    if not stale:
        lines.append("all tables fresh")
    return {"text": "\n".join(lines), "stale_count": len(stale)}
