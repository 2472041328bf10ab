// Put the current fares of a station's zones on its board.
import { step, task, workflow } from "windmill-client";
import { stamped, tariff, tz } from "./kit/index.ts"; // expect: WAC101

const push = task(async function push(station: string, lines: string[]): Promise<number> {
  const resp = await fetch(`https://dbi.westbahn-regional.at/api/boards/${station}`, {
    method: "PUT",
    body: JSON.stringify({ lines }),
  });
  return resp.status;
});

export const main = workflow(async (station: string, zones: string[]) => {
  const zone = tz(); // expect: WAC102
  const lines = zones.map((z) => `Zone ${z}: ${(tariff.priceOf(z) / 100).toFixed(2)} EUR`);
  await step(stamped("fares"), () => ({ station, zone, n: lines.length })); // expect: WAC102, WAC103
  return await push(station, lines);
});
