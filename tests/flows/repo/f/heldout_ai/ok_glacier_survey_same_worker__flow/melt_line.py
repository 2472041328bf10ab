import statistics

from PIL import Image


def main(tile_index: list):
    whites = []
    for entry in tile_index:
        if entry["zoom"] != 16:
            continue
        with Image.open(entry["file"]) as img:
            gray = img.convert("L")
            bright = sum(1 for px in gray.getdata() if px > 220)
            whites.append(bright / (gray.width * gray.height))
    altitude = 2400 + 600 * (1 - statistics.mean(whites)) if whites else None
    return {"altitude_m": altitude}
