def main(region: str) -> list[dict]:
    return [{"customer_id": f"{region}-1", "sku": "FLT-200"}]
