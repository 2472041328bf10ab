def main(iban: str):
    cleaned = iban.replace(" ", "").upper()
    return {"iban": cleaned, "country": cleaned[:2]}
