// SDK: windmill-client 1.818.0 client.mjs: p-map awaits each task thenable it is handed, and the body awaits p-map, so the first `then` raises `StepSuspend` out of the body and replays get the checkpointed moves
import { task, step, workflow } from "windmill-client";
import pMap from "p-map";
import _ from "lodash";

type Station = { id: string; name: string; docks: number; bikes: number; target: number };
type Move = { from: string; to: string; count: number };

const GBFS = "https://gbfs.citycycle.example/v3";

const loadStations = task(async (systemId: string): Promise<Station[]> => {
  const [info, status] = await Promise.all([
    fetch(`${GBFS}/${systemId}/station_information.json`).then((r) => r.json()),
    fetch(`${GBFS}/${systemId}/station_status.json`).then((r) => r.json()),
  ]);
  const byId = _.keyBy(status.data.stations, "station_id");
  return info.data.stations.map((s: any) => ({
    id: s.station_id,
    name: s.name,
    docks: s.capacity,
    bikes: byId[s.station_id]?.num_bikes_available ?? 0,
    target: Math.round(s.capacity * 0.5),
  }));
});

const scheduleMove = task(async (systemId: string, move: Move) => {
  const r = await fetch(`https://ops.citycycle.example/systems/${systemId}/moves`, {
    method: "POST",
    body: JSON.stringify(move),
  });
  return { ...move, ticket: (await r.json()).ticket as string };
});

function planMoves(stations: Station[]): Move[] {
  const surplus = _.sortBy(stations.filter((s) => s.bikes > s.target), (s) => s.target - s.bikes);
  const deficit = _.sortBy(stations.filter((s) => s.bikes < s.target), (s) => s.bikes - s.target);
  const moves: Move[] = [];
  for (const d of deficit) {
    let need = d.target - d.bikes;
    for (const s of surplus) {
      const spare = s.bikes - s.target;
      if (need <= 0 || spare <= 0) continue;
      const count = Math.min(need, spare, 12);
      moves.push({ from: s.id, to: d.id, count });
      s.bikes -= count;
      need -= count;
    }
  }
  return moves;
}

export const main = workflow(async (systemId: string, maxMoves = 40) => {
  const stations = await loadStations(systemId);
  const moves = planMoves(stations).slice(0, maxMoves);
  const scheduled = await pMap(moves, (m) => scheduleMove(systemId, m), { concurrency: 4 });
  return { systemId, planned: moves.length, tickets: scheduled.map((m) => m.ticket) };
});
