def main(roast_ids: list):
    return {"labels": len(roast_ids)}
