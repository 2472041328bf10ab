def main(list_id: int, rates: dict, as_of: str):
    return {"list_id": list_id, "currencies": sorted(rates), "as_of": as_of}
