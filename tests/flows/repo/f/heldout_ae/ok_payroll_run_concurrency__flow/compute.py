RATES = {1: 0.28, 2: 0.22, 3: 0.18, 4: 0.28, 5: 0.38, 6: 0.41}


def main(employee_id: int, gross: float, tax_class: int, period: str):
    tax = round(gross * RATES.get(tax_class, 0.3), 2)
    social = round(gross * 0.2, 2)
    return {
        "employee_id": employee_id,
        "iban": None,
        "net": round(gross - tax - social, 2),
        "reference": f"SALARY {period} {employee_id}",
    }
