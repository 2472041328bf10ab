// SDK: client.mjs 1.818.0 task keys are allocated in call order (`rollout`, `rollout_2`, ...); es-toolkit's shuffle uses Math.random, so a replay calls the tasks for other hosts under the recorded keys
import { shuffle } from "es-toolkit";
import { sleep, task, workflow } from "windmill-client";

type Host = { name: string; pool: string };

const rollout = task(async function rollout(host: string, version: string) {
  const res = await fetch(`https://deploy.internal/hosts/${host}/rollout`, {
    method: "POST",
    body: JSON.stringify({ version }),
  });
  return { host, ok: res.ok };
});

export const main = workflow(async (hosts: Host[], version: string, waves = 3) => {
  const order = shuffle(hosts); // expect: WAC102
  const size = Math.ceil(order.length / waves);
  const done: Array<{ host: string; ok: boolean }> = [];
  for (let w = 0; w < waves; w++) {
    const wave = order.slice(w * size, (w + 1) * size);
    done.push(...(await Promise.all(wave.map((h) => rollout(h.name, version)))));
    if (done.some((d) => !d.ok)) break;
    await sleep(600);
  }
  return { rolledOut: done.filter((d) => d.ok).length, failed: done.filter((d) => !d.ok).map((d) => d.host) };
});
