// SDK: windmill-client 1.818.0 a plain Bun script: loadS3File / writeS3File (client.d.ts 239, 263) read last week's roster and write this week's CSV to the workspace bucket; getResource for the HR system; nothing is a workflow
import * as wmill from "windmill-client";
import type { S3Object } from "windmill-client";

type Shift = { employee: string; role: "attendant" | "houseman" | "inspector"; day: string; start: string; end: string };
type Hr = { baseUrl: string; token: string };

const DECODER = new TextDecoder();

function toCsv(rows: Shift[]): string {
  const header = "employee,role,day,start,end";
  return [header, ...rows.map((r) => [r.employee, r.role, r.day, r.start, r.end].join(","))].join("\n");
}

function parseCsv(text: string): Shift[] {
  const [, ...lines] = text.trim().split("\n");
  return lines.filter(Boolean).map((line) => {
    const [employee, role, day, start, end] = line.split(",");
    return { employee, role: role as Shift["role"], day, start, end };
  });
}

export async function main(hr_path: string, week: string, previous?: S3Object) {
  const hr = (await wmill.getResource(hr_path)) as Hr;
  const res = await fetch(`${hr.baseUrl}/rosters/housekeeping?week=${week}`, {
    headers: { Authorization: `Bearer ${hr.token}` },
  });
  if (!res.ok) throw new Error(`HR system ${res.status}: ${await res.text()}`);
  const shifts = (await res.json()) as Shift[];
  let carried: Shift[] = [];
  if (previous) {
    const bytes = await wmill.loadS3File(previous);
    carried = bytes ? parseCsv(DECODER.decode(bytes)).filter((s) => s.day >= week) : [];
  }
  const all = [...carried, ...shifts].sort((a, b) => a.day.localeCompare(b.day) || a.start.localeCompare(b.start));
  const file = await wmill.writeS3File({ s3: `housekeeping/rosters/${week}.csv` }, toCsv(all), undefined, "text/csv");
  return { file, shifts: all.length, carried: carried.length };
}
