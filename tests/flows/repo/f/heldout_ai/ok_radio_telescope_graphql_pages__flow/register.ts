import * as wmill from "windmill-client";

type Observation = { id: string; target: string; receiver: string; durationSeconds: number; dataUrl: string };

export async function main(observations: Observation[]) {
  const archive = await wmill.getResource("f/radio_telescope/archive");
  let stored = 0;
  for (const o of observations) {
    const res = await fetch(`${archive.url}/records`, {
      method: "PUT",
      headers: { Authorization: `Bearer ${archive.token}`, "content-type": "application/json" },
      body: JSON.stringify(o),
    });
    if (res.ok) stored++;
  }
  return { stored, total: observations.length };
}
