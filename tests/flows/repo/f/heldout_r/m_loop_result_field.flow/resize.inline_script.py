def main(bucket: str, key: str, sizes: list[int]):
    return {"source": key, "thumbnails": [f"thumbs/{s}/{key}" for s in sizes]}
