import base64
import csv
import io


def main(rows: list, period: str, consultant_no: int):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";")
    w.writerow(["Personalnummer", "Name", "Stunden", "Stundenlohn", "Periode", "Berater"])
    for r in rows:
        w.writerow([r["employee_no"], r["full_name"], f"{r['hours']:.2f}".replace(".", ","), r["hourly_rate"], period, consultant_no])
    data = buf.getvalue().encode("cp1252")
    return {"filename": f"lohn_{period}.csv", "content_b64": base64.b64encode(data).decode()}
