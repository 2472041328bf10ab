def main(readings: list[dict], min_moisture_pct: float = 32.0, max_temp_c: float = 38.0):
    dry = [r["device"] for r in readings if r and r.get("moisture_pct", 100) < min_moisture_pct]
    hot = [r["device"] for r in readings if r and r.get("temp_c", 0) > max_temp_c]
    return {"water": dry, "vent": hot, "any": bool(dry or hot)}
