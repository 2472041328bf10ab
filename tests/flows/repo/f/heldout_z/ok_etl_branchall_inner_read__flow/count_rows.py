import pyarrow.parquet as pq
import wmill


def main(key: str):
    data = wmill.load_s3_file(key)
    import io

    table = pq.read_table(io.BytesIO(data))
    return {"rows": table.num_rows, "key": key}
