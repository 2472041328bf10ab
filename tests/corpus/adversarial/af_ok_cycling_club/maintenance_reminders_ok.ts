// SDK: windmill-client 1.818.0 a plain script that starts a WAC flow asynchronously (runScriptByPathAsync) per bike due for service; a helper named `sleep` waits between API calls with setTimeout (no SDK sleep imported)
import * as wmill from "windmill-client";

type Bike = { id: string; owner: string; km_since_service: number; last_service: string };

const SERVICE_KM = 3000;
const SERVICE_DAYS = 180;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function main(fleetUrl: string, pauseMs = 250) {
  const key = await wmill.getVariable("f/cycling/fleet_key");
  const res = await fetch(`${fleetUrl}/bikes`, { headers: { "x-api-key": key } });
  if (!res.ok) throw new Error(`fleet ${res.status}`);
  const bikes: Bike[] = await res.json();

  const today = new Date();
  const due = bikes.filter((b) => {
    const days = (today.getTime() - new Date(b.last_service).getTime()) / 86_400_000;
    return b.km_since_service >= SERVICE_KM || days >= SERVICE_DAYS;
  });

  const jobs: Record<string, string> = {};
  for (const bike of due) {
    // f/cycling/service_booking_wac is a workflow-as-code script with its own approvals.
    jobs[bike.id] = await wmill.runScriptByPathAsync("f/cycling/service_booking_wac", { bikeId: bike.id, owner: bike.owner });
    await sleep(pauseMs);
  }
  return { fleet: bikes.length, due: due.length, jobs };
}
