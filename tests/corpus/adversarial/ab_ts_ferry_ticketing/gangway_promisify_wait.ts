// SDK: windmill-client 1.818.0 client.mjs: only sleep() suspends durably; util.promisify(setTimeout) is node:timers/promises' setTimeout(ms), which blocks the worker every round
import { promisify } from "node:util";
import { task, step, workflow } from "windmill-client";

const pause = promisify(setTimeout);

const raiseGangway = task(async (berth: string) => {
  const res = await fetch(`https://port.blueferry.example/berths/${berth}/gangway/raise`, {
    method: "POST",
  });
  return { berth, raised: res.ok };
});

const releaseLines = task(async (berth: string) => {
  const res = await fetch(`https://port.blueferry.example/berths/${berth}/lines/release`, {
    method: "POST",
  });
  return { berth, released: res.ok };
});

const reportDeparture = task(async (sailingId: string, berth: string) => {
  const res = await fetch("https://ops.blueferry.example/api/departures", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ sailingId, berth }),
  });
  return { reported: res.ok };
});

export const main = workflow(async (sailingId: string, berth: string, gangwaySettleSeconds: number = 20) => {
  const gangway = await raiseGangway(berth);
  if (!gangway.raised) {
    return { sailingId, departed: false, reason: "gangway stuck" };
  }
  await pause(gangwaySettleSeconds * 1000); // expect: WAC101
  const lines = await releaseLines(berth);
  const { reported } = await reportDeparture(sailingId, berth);
  return { sailingId, departed: lines.released, reported };
});
