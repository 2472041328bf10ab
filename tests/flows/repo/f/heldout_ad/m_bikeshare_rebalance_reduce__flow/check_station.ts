import * as wmill from "windmill-client";

type Station = { station_id: string; name: string; capacity: number };

export async function main(station: Station) {
  const gbfs = await wmill.getResource("f/mobility/gbfs_feed");
  const resp = await fetch(`${gbfs.base_url}/station_status.json`);
  const feed = await resp.json();
  const status = feed.data.stations.find((s: any) => s.station_id === station.station_id);
  const free = status ? status.num_docks_available : 0;
  return {
    station_id: station.station_id,
    free,
    bikes: status ? status.num_bikes_available : 0,
    capacity: station.capacity,
  };
}
