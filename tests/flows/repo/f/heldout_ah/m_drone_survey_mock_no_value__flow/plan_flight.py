def main(farm_id: str, fields: list[str]):
    legs = [{"field": f, "s3_prefix": f"surveys/{farm_id}/{f}/"} for f in fields]
    return {"legs": legs, "battery_swaps": len(legs) // 3}
