def main(lot_code: str, score: float):
    return {"roast_id": None, "skipped_reason": f"cupping {score} below 84"}
