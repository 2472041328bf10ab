def main(vendor_name: str, iban: str):
    masked = iban[:4] + "*" * (len(iban) - 8) + iban[-4:]
    return {"vendor": vendor_name, "iban_masked": masked}
