// SDK: windmill-client 1.818.0 client.mjs sleep() suspends only when imported from the SDK; this script defines its own pure `sleep` schedule helper.
import { task, workflow } from "windmill-client";

function sleep(attempt: number): number {
  // back-off schedule in seconds, handed to the task as data
  return Math.min(300, 2 ** attempt * 5);
}

const probe = task(async (url: string, delaySeconds: number) => {
  await new Promise((r) => setTimeout(r, delaySeconds * 1000));
  const res = await fetch(url);
  return res.status;
});

export const main = workflow(async (url: string) => {
  for (let attempt = 0; attempt < 4; attempt++) {
    const status = await probe(url, sleep(attempt));
    if (status < 500) return { status, attempts: attempt + 1 };
  }
  return { status: 503, attempts: 4 };
});
