// SDK: windmill-client 1.818.0 (written after the blind batch) durations and timestamps that only reach the job's log: through an object-literal logger (`log.info`), a method of a reporter class built in the body, process.stdout.write and console.table; the decisions use task results only
import { sleep, task, workflow } from "windmill-client";

type Reading = { station: string; pump: string; amps: number; psi: number };

const log = {
  info: (...parts: unknown[]) => console.log("[rounds]", ...parts),
  warn(msg: string) {
    console.warn(`[rounds] ${msg}`);
  },
};

class RoundReport {
  line(msg: string) {
    console.log(`[report ${new Date().toISOString()}] ${msg}`);
  }
}

const readPumps = task(async (station: string): Promise<Reading[]> => {
  const res = await fetch(`https://scada.water.example/stations/${station}/pumps`);
  return (await res.json()) as Reading[];
});

const openTicket = task(async (station: string, pump: string, reason: string) => {
  const res = await fetch("https://cmms.water.example/tickets", { method: "POST", body: JSON.stringify({ station, pump, reason }) });
  return (await res.json()) as { id: string };
});

export const main = workflow(async (stations: string[], maxAmps: number = 48, minPsi: number = 35, rounds: number = 3) => {
  const report = new RoundReport();
  const tickets: string[] = [];
  for (let round = 1; round <= rounds; round++) {
    const started = performance.now();
    for (const station of stations) {
      const readings = await readPumps(station);
      for (const r of readings) {
        if (r.amps > maxAmps || r.psi < minPsi) {
          const t = await openTicket(station, r.pump, r.amps > maxAmps ? `amps ${r.amps}` : `psi ${r.psi}`);
          tickets.push(t.id);
          log.warn(`ticket ${t.id} at ${Date.now()}`);
        }
      }
    }
    log.info(`round ${round} took ${Math.round(performance.now() - started)} ms`);
    report.line(`round ${round}: ${tickets.length} tickets so far`);
    process.stdout.write(`round ${round} done at ${new Date().toISOString()}\n`);
    if (round < rounds) await sleep(4 * 3600);
  }
  console.table([{ tickets: tickets.length, loggedAt: Date.now() }]);
  return { tickets };
});
