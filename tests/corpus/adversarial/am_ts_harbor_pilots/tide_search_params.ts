// SDK: windmill-client 1.818.0 index.js: a task's result goes through `encodeCheckpointPayload` (`JSON.stringify`); a `URLSearchParams` has no own enumerable properties and no `toJSON`, so the body gets `{}` back and `.get("window")` is not a function
import { task, workflow } from "windmill-client";

const tideWindow = task(async function tideWindow(port: string, draughtM: number) {
  const r = await fetch(`https://tides.harbour.example/api/${port}/window?draught=${draughtM}`);
  const body = (await r.json()) as { opens: string; closes: string; height: number };
  return new URLSearchParams({ opens: body.opens, closes: body.closes, height: String(body.height) }); // expect: WAC107
});

const scheduleMovement = task(async function scheduleMovement(imo: string, opens: string) {
  await fetch("https://vts.harbour.example/api/schedule", {
    method: "POST",
    body: JSON.stringify({ imo, opens }),
  });
  return opens;
});

export const main = workflow(async (imo: string, port: string, draughtM: number) => {
  const window = await tideWindow(port, draughtM);
  const opens = window.get("opens") ?? "";
  return await scheduleMovement(imo, opens);
});
