import wmill


def main(order_id: str):
    with open(f"./shared/{order_id}-proof.pdf", "rb") as fh:
        pdf = fh.read()
    s3_obj = wmill.write_s3_file(None, pdf)
    return {"order_id": order_id, "proof": s3_obj, "bytes": len(pdf)}
