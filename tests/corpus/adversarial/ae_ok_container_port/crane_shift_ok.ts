// SDK: windmill-client 1.818.0 a 150-line roster: interfaces, an enum of shift names used as data (not step names), a pure Roster class with a push() method, Promise.all over sorted cranes, parallel() with concurrency, getApprovalUrls("overtime") in a step then waitForApproval({ key: "overtime" })
import { getApprovalUrls, parallel, step, task, waitForApproval, workflow } from "windmill-client";

enum Shift {
  Day = "day",
  Swing = "swing",
  Night = "night",
}

interface Operator {
  id: string;
  certified: string[];
  hoursThisWeek: number;
  preferred?: Shift;
}

interface CraneDemand {
  crane: string;
  shift: Shift;
  moves: number;
}

interface Assignment {
  crane: string;
  shift: Shift;
  operator: string | null;
  overtime: boolean;
}

const WEEKLY_CAP_H = 40;
const SHIFT_H = 8;

class Roster {
  private rows: Assignment[] = [];
  private load = new Map<string, number>();

  constructor(private readonly ops: Operator[]) {
    for (const o of ops) this.load.set(o.id, o.hoursThisWeek);
  }

  push(d: CraneDemand): Assignment {
    const candidates = this.ops
      .filter((o) => o.certified.includes(d.crane))
      .sort((a, b) => (this.load.get(a.id) ?? 0) - (this.load.get(b.id) ?? 0) || a.id.localeCompare(b.id));
    const pick = candidates.find((o) => o.preferred === d.shift) ?? candidates[0];
    const hours = pick ? (this.load.get(pick.id) ?? 0) + SHIFT_H : 0;
    if (pick) this.load.set(pick.id, hours);
    const row = { crane: d.crane, shift: d.shift, operator: pick?.id ?? null, overtime: hours > WEEKLY_CAP_H };
    this.rows.push(row);
    return row;
  }

  all(): Assignment[] {
    return [...this.rows];
  }
}

const demandFor = task(async (crane: string, day: string): Promise<CraneDemand[]> => {
  const res = await fetch(`https://tos.port.example/cranes/${crane}/demand?day=${day}`);
  if (!res.ok) throw new Error(`TOS ${res.status}`);
  return await res.json();
});

const operators = task(async (terminal: string): Promise<Operator[]> => {
  const res = await fetch(`https://hr.port.example/terminals/${terminal}/operators`);
  return await res.json();
});

const publishRow = task(async (day: string, a: Assignment) => {
  const res = await fetch(`https://tos.port.example/roster/${day}`, { method: "POST", body: JSON.stringify(a) });
  return { crane: a.crane, shift: a.shift, ok: res.ok };
});

const askSupervisor = task(async (terminal: string, overtime: Assignment[], link: string) => {
  await fetch("https://chat.port.example/hooks/supervisors", {
    method: "POST",
    body: JSON.stringify({ terminal, text: `${overtime.length} overtime shifts need sign-off`, link }),
  });
});

export const main = workflow(async (terminal: string, day: string, cranes: string[]) => {
  const sorted = [...cranes].sort();
  const [ops, ...demands] = await Promise.all([operators(terminal), ...sorted.map((c) => demandFor(c, day))]);
  const order = [Shift.Day, Shift.Swing, Shift.Night];
  const roster = new Roster(ops as Operator[]);
  for (const shift of order) {
    for (const d of (demands as CraneDemand[][]).flat().filter((x) => x.shift === shift && x.moves > 0)) {
      roster.push(d);
    }
  }
  const rows = roster.all();
  const overtime = rows.filter((r) => r.overtime);
  if (overtime.length) {
    const urls = await step("overtime_urls", () => getApprovalUrls("overtime"));
    await askSupervisor(terminal, overtime, urls.approvalPage);
    const ok = await waitForApproval({ key: "overtime", timeout: 4 * 3600 });
    if (!ok.approved) {
      for (const r of overtime) r.operator = null;
    }
  }
  const published = await parallel(rows, (a) => publishRow(day, a), { concurrency: 4 });
  return { terminal, day, rows: rows.length, overtime: overtime.length, failed: published.filter((p) => !p.ok) };
});
