import os

import requests
import wmill


def main(files: list, firing_id: int):
    drive = wmill.get_resource("f/pottery/shared_drive")
    for path in files:
        with open(path, "rb") as fh:
            requests.put(f"{drive['url']}/firings/{firing_id}/{os.path.basename(path)}", data=fh, timeout=60).raise_for_status()
    return {"uploaded": len(files)}
