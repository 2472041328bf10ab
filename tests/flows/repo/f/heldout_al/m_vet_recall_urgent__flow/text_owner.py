def main(phone: str, pet: str, vaccine: str):
    return {"phone": phone, "body": f"{pet} is due for {vaccine}"}
