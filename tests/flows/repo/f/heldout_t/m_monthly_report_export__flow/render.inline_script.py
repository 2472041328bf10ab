import base64
import csv
import io
from typing import Literal

import openpyxl


def main(rows: list, title: str, fmt: Literal["csv", "xlsx"] = "xlsx"):
    columns = ["day", "signups", "upgrades", "revenue"]
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(buf, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
        data = buf.getvalue().encode()
    else:
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = title[:31]
        ws.append(columns)
        for r in rows:
            ws.append([r[c] for c in columns])
        out = io.BytesIO()
        wb.save(out)
        data = out.getvalue()
    name = title.lower().replace(" ", "_") + "." + fmt
    return {"filename": name, "content_b64": base64.b64encode(data).decode()}
