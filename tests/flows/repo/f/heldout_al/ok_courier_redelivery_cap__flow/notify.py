def main(parcel_id: str, delivered: bool):
    sms = "delivered" if delivered else "we will try again tomorrow"
    return {"parcel_id": parcel_id, "delivered": delivered, "sms": sms}
