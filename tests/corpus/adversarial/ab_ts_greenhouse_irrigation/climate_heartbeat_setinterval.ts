// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; a setInterval started there posts heartbeats from every round's process
import { task, step, workflow } from "windmill-client";

const HEARTBEAT_URL = "https://uptime.verdant.example/ping/climate-cycle";

const setVents = task(async (houseId: string, openingPercent: number) => {
  const res = await fetch(`https://gh.verdant.example/api/houses/${houseId}/vents`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ openingPercent }),
  });
  return { openingPercent, ok: res.ok };
});

const runMisting = task(async (houseId: string, minutes: number) => {
  const res = await fetch(`https://gh.verdant.example/api/houses/${houseId}/misting`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ minutes }),
  });
  return { minutes, ok: res.ok };
});

const readClimate = task(async (houseId: string) => {
  const res = await fetch(`https://gh.verdant.example/api/houses/${houseId}/climate`);
  return (await res.json()) as { tempC: number; rh: number };
});

export const main = workflow(async (houseId: string, maxTempC: number = 28) => {
  const heartbeat = setInterval(() => fetch(HEARTBEAT_URL, { method: "POST" }), 30_000); // expect: WAC101
  try {
    const before = await readClimate(houseId);
    if (before.tempC <= maxTempC) {
      return { houseId, action: "none", before };
    }
    await setVents(houseId, 60);
    if (before.rh < 55) await runMisting(houseId, 10);
    const after = await readClimate(houseId);
    return { houseId, action: "cooled", before, after };
  } finally {
    clearInterval(heartbeat);
  }
});
