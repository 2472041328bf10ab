WAREHOUSES = {
    "DE": "FRA1", "AT": "FRA1", "CH": "FRA1",
    "FR": "PAR1", "BE": "PAR1", "ES": "MAD1", "PT": "MAD1",
}


def main(country: str, weight_kg: float = 1.0):
    code = WAREHOUSES.get(country, "FRA1")
    return {"code": code, "bulky": weight_kg > 30}
