// SDK: windmill-client 1.818.0 client.mjs `_allocKey`: repeats of one task name are numbered in call order; labelled `continue` / `break` over input arrays gives the same order on every replay.
import { task, workflow } from "windmill-client";

const checkHost = task(async (host: string, port: number) => ({ host, port, open: port !== 22 }));
const reportFindings = task(async (findings: string[]) => ({ reported: findings.length }));

export const main = workflow(async (hosts: string[], ports: number[] = [22, 80, 443], maxFindings = 10) => {
  const findings: string[] = [];
  scan: for (const host of hosts) {
    for (const port of ports) {
      const r = await checkHost(host, port);
      if (!r.open) continue scan;
      findings.push(`${host}:${port}`);
      if (findings.length >= maxFindings) break scan;
    }
  }
  return await reportFindings(findings);
});
