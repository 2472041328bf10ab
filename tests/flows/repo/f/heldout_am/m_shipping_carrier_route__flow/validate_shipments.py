def main(shipments: list, max_weight_kg: float = 31.5):
    too_heavy = [s["order_id"] for s in shipments if s.get("weight_kg", 0) > max_weight_kg]
    if too_heavy:
        raise ValueError(f"over {max_weight_kg} kg: {', '.join(too_heavy)}")
    return {"ok": True, "count": len(shipments)}
