# SDK: wmill 1.850.0 a plain script with a tenacity-retried helper, a bare `except:` around GPX parsing and a module-level get_variable: none of the workflow rules apply to a script without @workflow
import math
import xml.etree.ElementTree as ET

import requests
import wmill
from tenacity import retry, stop_after_attempt, wait_exponential

RWGPS_KEY = wmill.get_variable("f/cycling/rwgps_api_key")
NS = {"g": "http://www.topografix.com/GPX/1/1"}


@retry(stop=stop_after_attempt(4), wait=wait_exponential(multiplier=1, max=20))
def download_gpx(route_id: int) -> str:
    resp = requests.get(f"https://ridewithgps.com/routes/{route_id}.gpx", params={"apikey": RWGPS_KEY}, timeout=30)
    resp.raise_for_status()
    return resp.text


def haversine(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(h))


def stats(gpx: str) -> dict:
    try:
        root = ET.fromstring(gpx)
    except:  # noqa: E722  malformed upload: report it instead of failing the batch
        return {"km": 0.0, "climb_m": 0.0, "valid": False}
    pts = [(float(p.get("lat")), float(p.get("lon")), float(p.findtext("g:ele", "0", NS))) for p in root.iterfind(".//g:trkpt", NS)]
    km = sum(haversine(p[:2], q[:2]) for p, q in zip(pts, pts[1:]))
    climb = sum(max(q[2] - p[2], 0.0) for p, q in zip(pts, pts[1:]))
    return {"km": round(km, 1), "climb_m": round(climb), "valid": True}


def main(route_ids: list[int]):
    library = {}
    for rid in route_ids:
        try:
            library[rid] = stats(download_gpx(rid))
        except Exception as exc:
            library[rid] = {"error": str(exc)}
    hardest = max((r for r in library if library[r].get("valid")), key=lambda r: library[r]["climb_m"], default=None)
    return {"routes": library, "hardest": hardest}
