// SDK: windmill-client 1.818.0 Promise.all over ids.map(task) dispatches in array order; Date.parse / new Date(iso) of inputs are deterministic
import { parallel, step, task, workflow } from "windmill-client";

interface Packet {
  accession: string;
  seeds: number;
  storedOn: string;
}

interface Label {
  accession: string;
  zpl: string;
}

const PRINTER = "http://labels.seedbank.internal:9100";
const DAY_MS = 86_400_000;

const formatDate = (iso: string) => new Date(iso).toISOString().slice(0, 10);

function retestDue(storedOn: string, years: number): string {
  const stored = Date.parse(storedOn);
  return new Date(stored + years * 365 * DAY_MS).toISOString();
}

const renderLabel = task(async (p: Packet, due: string): Promise<Label> => {
  const zpl = `^XA^FO50,50^FD${p.accession}^FS^FO50,100^FD${p.seeds} seeds / retest ${formatDate(due)}^FS^XZ`;
  return { accession: p.accession, zpl };
});

const printBatch = task(async (labels: Label[]) => {
  const res = await fetch(`${PRINTER}/print`, {
    method: "POST",
    body: labels.map((l) => l.zpl).join("\n"),
  });
  if (!res.ok) throw new Error(`printer returned ${res.status}`);
  return { printed: labels.length };
});

export const main = workflow(async (packets: Packet[], retestYears = 5, chunk = 20) => {
  const ordered = [...packets].sort((a, b) => a.accession.localeCompare(b.accession, "en"));
  const labels = await Promise.all(ordered.map((p) => renderLabel(p, retestDue(p.storedOn, retestYears))));
  const batches: Label[][] = [];
  for (let i = 0; i < labels.length; i += chunk) batches.push(labels.slice(i, i + chunk));
  const printed = await parallel(batches, printBatch, { concurrency: 1 });
  const printedAt = await step("printed_at", () => Date.now());
  return {
    printed: printed.reduce((n, p) => n + p.printed, 0),
    printedAt: new Date(printedAt).toISOString(),
  };
});
