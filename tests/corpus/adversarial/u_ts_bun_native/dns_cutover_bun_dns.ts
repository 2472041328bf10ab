// SDK: windmill-client 1.818.0 workflow()/task()/sleep() (client.mjs: sleep suspends and the body replays); Bun.dns.lookup resolves over the network at call time
import { dns } from "bun";
import { task, sleep, workflow } from "windmill-client";

const switchRecord = task(async function switchRecord(zone: string, host: string, target: string) {
  const res = await fetch(`https://dns-api.example.net/zones/${zone}/records/${host}`, {
    method: "PATCH",
    body: JSON.stringify({ type: "CNAME", content: target, ttl: 60 }),
  });
  return { ok: res.ok };
});

const rollback = task(async function rollback(zone: string, host: string, previous: string) {
  await fetch(`https://dns-api.example.net/zones/${zone}/records/${host}`, {
    method: "PATCH",
    body: JSON.stringify({ type: "CNAME", content: previous, ttl: 300 }),
  });
});

export const main = workflow(async (zone: string, host: string, target: string, previous: string) => {
  await switchRecord(zone, host, target);
  await sleep(120);
  // did the cutover propagate?
  const answers = await dns.lookup(`${host}.${zone}`, { family: 4 }); // expect: WAC101
  if (answers.length === 0) {
    await rollback(zone, host, previous);
    return { propagated: false };
  }
  return { propagated: true, addresses: answers.map((a) => a.address) };
});
