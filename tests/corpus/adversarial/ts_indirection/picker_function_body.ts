// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the function the picker returns is called in the body, and for "webhook" it posts every replay.
import { task, workflow } from "windmill-client";

async function viaWebhook(msg: string) {
  await fetch("https://hooks.example.com/alerts", { method: "POST", body: msg });
}
async function viaLog(msg: string) {
  console.warn(msg);
}

function pick(kind: string) {
  switch (kind) {
    case "webhook":
      return viaWebhook;
    default:
      return viaLog;
  }
}

const check = task(async (host: string) => ({ host, up: false }));

export const main = workflow(async (host: string, kind: string) => {
  const r = await check(host);
  if (!r.up) await pick(kind)(`${host} is down`); // expect: WAC101
  return r;
});
