// SDK: windmill-client 1.818.0 client.mjs parallel(items, fn, {concurrency}) awaits Promise.all per batch; awaiting it consumes every task.
import { parallel, task, workflow } from "windmill-client";

const scanHost = task(async (host: string) => {
  const res = await fetch(`https://scanner.example.com/api/scan?host=${host}`, { method: "POST" });
  return (await res.json()) as { host: string; openPorts: number[] };
});

export const main = workflow(async (hosts: string[]) => {
  const reports = await parallel(hosts, scanHost, { concurrency: 5 });
  const exposed = reports.filter((r) => r.openPorts.some((p) => p !== 443));
  return { scanned: reports.length, exposed: exposed.map((r) => r.host) };
});
