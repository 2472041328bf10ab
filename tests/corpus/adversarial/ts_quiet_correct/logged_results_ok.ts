// SDK: windmill-client 1.818.0 client.mjs: console output of task results is only the job's log (it repeats on replays, harmlessly); the catch logs and rethrows whatever it caught, the suspension included.
import { task, workflow } from "windmill-client";

const fetchMetrics = task(async (service: string) => {
  const res = await fetch(`https://metrics.example.com/services/${service}/summary`);
  return (await res.json()) as { p99: number; errors: number };
});

const openIncident = task(async (service: string, p99: number) => {
  const res = await fetch("https://incidents.example.com/open", {
    method: "POST",
    body: JSON.stringify({ service, p99 }),
  });
  return ((await res.json()) as { id: string }).id;
});

export const main = workflow(async (services: string[], p99Budget: number = 800) => {
  const incidents: string[] = [];
  for (const service of services) {
    try {
      const m = await fetchMetrics(service);
      console.table([{ service, ...m }]);
      console.info(JSON.stringify({ service, metrics: m }, null, 2));
      if (m.p99 > p99Budget) incidents.push(await openIncident(service, m.p99));
    } catch (err) {
      console.error(`metrics for ${service} failed`, err);
      throw err;
    }
  }
  console.log(`opened ${incidents.length} incidents`);
  return { incidents };
});
