import wmill


def main(path: str, bucket: str):
    with open(path, "rb") as f:
        wmill.write_s3_file({"s3": f"{bucket}/{path.rsplit('/', 1)[-1]}"}, f.read())
    return {"uploaded": path}
