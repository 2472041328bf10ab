import wmill
import requests


def main(site_id: str, day: str):
    api = wmill.get_resource("f/solar/fusionsolar")
    resp = requests.post(
        f"{api['url']}/thirdData/getKpiStationDay",
        json={"stationCodes": site_id, "collectTime": day},
        headers={"XSRF-TOKEN": api["token"]},
        timeout=30,
    )
    resp.raise_for_status()
    data = resp.json()["data"][0]["dataItemMap"]
    return {"site_id": site_id, "kwh": float(data["inverter_power"])}
