// SDK: windmill-client 1.818.0 index.js: a task's result goes through `JSON.stringify`; the query string of a `URLSearchParams` (`toString()`) and a `URL` read through `href` are plain strings and survive it
import { task, workflow } from "windmill-client";

const tideWindow = task(async function tideWindow(port: string, draughtM: number) {
  const url = new URL(`https://tides.harbour.example/api/${port}/window`);
  url.searchParams.set("draught", String(draughtM));
  const r = await fetch(url);
  const body = (await r.json()) as { opens: string; closes: string; height: number };
  return new URLSearchParams({ opens: body.opens, closes: body.closes }).toString();
});

const scheduleMovement = task(async function scheduleMovement(imo: string, query: string) {
  const opens = new URLSearchParams(query).get("opens") ?? "";
  await fetch("https://vts.harbour.example/api/schedule", {
    method: "POST",
    body: JSON.stringify({ imo, opens }),
  });
  return opens;
});

export const main = workflow(async (imo: string, port: string, draughtM: number) => {
  const query = await tideWindow(port, draughtM);
  const params = new URLSearchParams(query);
  return { scheduled: await scheduleMovement(imo, query), closes: params.get("closes") };
});
