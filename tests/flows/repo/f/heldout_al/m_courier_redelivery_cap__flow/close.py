def main(parcel_id: str, attempts: int):
    return {"parcel_id": parcel_id, "attempts": attempts}
