def main(request_id: int):
    return {"id": request_id, "amount": 4200.0, "currency": "EUR", "requester": "li@acme.test"}
