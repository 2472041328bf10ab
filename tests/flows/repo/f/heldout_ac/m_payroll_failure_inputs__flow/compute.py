from decimal import Decimal, ROUND_HALF_UP


def main(rows: list[dict], tax_rate: float = 0.21):
    payslips = []
    for row in rows:
        gross = Decimal(row["hours"]) * row["hourly_rate_cents"]
        tax = (gross * Decimal(str(tax_rate))).quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        payslips.append(
            {
                "employee_id": row["employee_id"],
                "iban": row["iban"],
                "gross_cents": int(gross),
                "net_cents": int(gross - tax),
            }
        )
    return payslips
