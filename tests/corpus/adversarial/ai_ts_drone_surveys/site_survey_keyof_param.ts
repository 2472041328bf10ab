// SDK: windmill-oracle sig (windmill-parser-wasm-ts parse_deno) reads `sensor: keyof typeof SENSOR_PROFILES` as typ "unknown": the run form shows a free JSON field, not the three sensors
import { task, step, workflow } from "windmill-client";

const SENSOR_PROFILES = {
  rgb: { gsdCm: 1.2, overlap: 0.75, payloadKg: 0.4 },
  lidar: { gsdCm: 3.0, overlap: 0.5, payloadKg: 1.1 },
  thermal: { gsdCm: 6.5, overlap: 0.8, payloadKg: 0.6 },
} as const;

type Waypoint = { lat: number; lon: number; altM: number };

const planGrid = task(async (siteId: string, gsdCm: number, overlap: number): Promise<Waypoint[]> => {
  const r = await fetch(`https://plan.skyline-survey.example/v2/sites/${siteId}/grid`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ gsdCm, overlap }),
  });
  if (!r.ok) throw new Error(`grid planner ${r.status}`);
  return (await r.json()).waypoints as Waypoint[];
});

const uploadMission = task(async (droneId: string, waypoints: Waypoint[]) => {
  const r = await fetch(`https://fleet.skyline-survey.example/v1/drones/${droneId}/mission`, {
    method: "PUT",
    body: JSON.stringify({ waypoints }),
  });
  return { accepted: r.ok, missionId: (await r.json()).id as string };
});

export const main = workflow(async (
  siteId: string,
  droneId: string,
  sensor: keyof typeof SENSOR_PROFILES, // expect: WAC902
  maxWaypoints = 400,
) => {
  const profile = SENSOR_PROFILES[sensor];
  const waypoints = await planGrid(siteId, profile.gsdCm, profile.overlap);
  const trimmed = await step("trim_waypoints", () => waypoints.slice(0, maxWaypoints));
  if (trimmed.length < waypoints.length) {
    console.log(`mission trimmed from ${waypoints.length} to ${trimmed.length} waypoints`);
  }
  const mission = await uploadMission(droneId, trimmed);
  return { siteId, sensor, payloadKg: profile.payloadKg, ...mission };
});
