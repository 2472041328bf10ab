// SDK: windmill-client 1.818.0 client.mjs workflow(fn) marks fn; `export default workflow(async function ...)` is an entry point Windmill runs.
import { sleep, task, workflow } from "windmill-client";

const checkDns = task(async (domain: string) => {
  const res = await fetch(`https://dns.example.com/api/resolve?name=${domain}`);
  return ((await res.json()) as { answers: string[] }).answers.length > 0;
});

export default workflow(async function waitForDns(domain: string, attempts = 10) {
  for (let i = 0; i < attempts; i++) {
    if (await checkDns(domain)) return { domain, resolvedAfter: i };
    await sleep(120);
  }
  return { domain, resolvedAfter: null };
});
