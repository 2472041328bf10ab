// Tasks shared by the TypeScript workflows.
import { task, taskScript } from "windmill-client";
import { Scripts } from "./paths.ts";

export const notifyLine = taskScript(Scripts.notify);

export const stationLoad = task(async function stationLoad(station: string): Promise<number> {
  const resp = await fetch(`https://counts.westbahn-regional.at/api/stations/${station}/load`);
  return ((await resp.json()) as { passengers: number }).passengers;
});
