// SDK: windmill-client 1.818.0: task results cross as JSON (the CSV comes back as a string); Papa.parse of a string, `new Response(text).json()` and `new Request(url, init)` work on values in memory (no request is made); dayjs(x).format(...) and dayjs(a).diff(b) of given dates read no clock
import { step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";
import Papa from "papaparse";
import dayjs from "dayjs";
import utc from "dayjs/plugin/utc";

dayjs.extend(utc);

type RentRow = { unit: string; tenant: string; rate: string; paid_through: string; balance: string };
type Exception_ = { unit: string; reason: string };

const PMS = "https://pms.example-storage.com/api";

const exportRentRoll = task(async (facility: string, asOf: string): Promise<string> => {
  const token = await wmill.getVariable("f/storage/pms_token");
  const r = await fetch(`${PMS}/facilities/${facility}/rent-roll.csv?asOf=${asOf}`, { headers: { authorization: `Bearer ${token}` } });
  if (!r.ok) throw new Error(`export ${r.status}`);
  return await r.text();
});

const fileExceptions = task(async (facility: string, rows: Exception_[], requestInit: { method: string; body: string }) => {
  const r = await fetch(`${PMS}/facilities/${facility}/exceptions`, requestInit);
  if (!r.ok) throw new Error(`exceptions ${r.status}`);
  return rows.length;
});

const settings = task(async (facility: string): Promise<string> => {
  const r = await fetch(`${PMS}/facilities/${facility}/settings`);
  return await r.text();
});

export const main = workflow(async (facility: string, asOf: string, graceDays = 10) => {
  const [csv, rawSettings] = await Promise.all([exportRentRoll(facility, asOf), settings(facility)]);
  const cfg = (await new Response(rawSettings).json()) as { maxBalanceCents?: number };
  const maxBalance = cfg.maxBalanceCents ?? 50_000;

  const parsed = Papa.parse<RentRow>(csv, { header: true, skipEmptyLines: true });
  const cutoff = dayjs.utc(asOf).subtract(graceDays, "day");
  const exceptions: Exception_[] = [];
  for (const row of parsed.data) {
    const daysBehind = cutoff.diff(dayjs.utc(row.paid_through), "day");
    const balance = Math.round(Number(row.balance) * 100);
    if (daysBehind > 0) exceptions.push({ unit: row.unit, reason: `paid through ${dayjs.utc(row.paid_through).format("MMM D")}` });
    else if (balance > maxBalance) exceptions.push({ unit: row.unit, reason: `balance ${row.balance}` });
  }

  const req = new Request(`${PMS}/facilities/${facility}/exceptions`, { method: "POST", body: JSON.stringify(exceptions) });
  const filed = exceptions.length ? await fileExceptions(facility, exceptions, { method: req.method, body: await req.text() }) : 0;
  const importedAt = await step("imported_at", () => new Date().toISOString());
  return { facility, rows: parsed.data.length, filed, errors: parsed.errors.length, importedAt, cutoff: cutoff.format("YYYY-MM-DD") };
});
