// SDK: windmill-client 1.818.0 a polling loop with sleep(seconds) computed from the ETA a task returned (a checkpointed value, so the same every replay); a bounded number of polls; taskFlow for pilot booking called with one object
import { sleep, task, taskFlow, workflow } from "windmill-client";

const bookPilot = taskFlow("f/port/book_pilot_and_tugs", { timeout: 1800 });

const eta = task(async (imo: string) => {
  const res = await fetch(`https://ais.port.example/vessels/${imo}/eta`);
  const body = (await res.json()) as { eta: string; distanceNm: number; asOf: string };
  return body;
});

function pollDelaySeconds(distanceNm: number): number {
  if (distanceNm > 200) return 6 * 3600;
  if (distanceNm > 50) return 2 * 3600;
  if (distanceNm > 12) return 1800;
  return 600;
}

export const main = workflow(async (imo: string, berth: string, maxPolls = 24) => {
  const history: { asOf: string; distanceNm: number }[] = [];
  for (let poll = 0; poll < maxPolls; poll++) {
    const e = await eta(imo);
    history.push({ asOf: e.asOf, distanceNm: e.distanceNm });
    if (e.distanceNm <= 12) {
      const booking = await bookPilot({ imo, berth, eta: e.eta });
      return { imo, booking, polls: poll + 1, history };
    }
    const wait = pollDelaySeconds(e.distanceNm);
    const etaMs = new Date(e.eta).getTime() - new Date(e.asOf).getTime();
    await sleep(Math.max(600, Math.min(wait, Math.floor(etaMs / 2000))));
  }
  return { imo, booking: null, polls: maxPolls, history };
});
