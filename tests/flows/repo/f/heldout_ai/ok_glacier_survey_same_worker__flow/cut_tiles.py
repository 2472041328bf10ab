import glob
import os

from PIL import Image


def main(zoom_levels: list, image_count: int):
    images = sorted(glob.glob("./shared/raw/*.jpg"))
    if len(images) != image_count:
        raise RuntimeError(f"expected {image_count} images in ./shared/raw, found {len(images)}")
    index = []
    for zoom in zoom_levels:
        out_dir = f"./shared/tiles/{zoom}"
        os.makedirs(out_dir, exist_ok=True)
        for path in images:
            with Image.open(path) as img:
                scale = 2 ** (zoom - 16)
                tile = img.resize((max(1, int(img.width * scale)), max(1, int(img.height * scale))))
                name = f"{out_dir}/{os.path.basename(path)}"
                tile.save(name)
                index.append({"zoom": zoom, "file": name})
    return {"index": index}
