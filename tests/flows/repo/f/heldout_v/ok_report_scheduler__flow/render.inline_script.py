import io

import wmill
from openpyxl import Workbook


def main(rows: list[dict], title: str):
    wb = Workbook()
    ws = wb.active
    ws.title = "Ledger"
    ws.append(["Account", "Cost center", "Debit", "Credit"])
    for r in rows:
        ws.append([r["account"], r["cost_center"], r["debit_cents"] / 100, r["credit_cents"] / 100])
    buf = io.BytesIO()
    wb.save(buf)
    key = f"finance/packs/{title.replace(' ', '_')}.xlsx"
    wmill.write_s3_file({"s3": key}, buf.getvalue())
    return {"s3_key": key, "lines": len(rows)}
