import wmill

class postgresql(TypedDict):
    host: str

def main(db: postgresql, s3: wmill.S3Object, gh: github, bucket: S3Object = None, other: wmill.MyResource = None):
    pass
