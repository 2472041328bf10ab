// SDK: windmill-client 1.818.0: a trimmed mean over numbers sorted with a numeric comparator is deterministic; task results are awaited before they are read
import { task, taskScript, workflow } from "windmill-client";

const publishProtocol = taskScript("f/competition/publish_protocol", { timeout: 300 });

type Element = { code: string; base: number; goe: number[] };

const fetchMarks = task(async (competition: string, skater: string) => {
  const res = await fetch(`https://scoring.example-ice.org/api/${competition}/skaters/${skater}/marks`);
  if (!res.ok) throw new Error(`marks ${skater}: ${res.status}`);
  return (await res.json()) as { elements: Element[]; components: number[] };
});

function trimmedMean(values: number[]): number {
  if (values.length <= 2) return values.reduce((s, v) => s + v, 0) / Math.max(values.length, 1);
  const sorted = values.toSorted((a, b) => a - b).slice(1, -1);
  return sorted.reduce((s, v) => s + v, 0) / sorted.length;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

export const main = workflow(async (competition: string, skaters: string[], componentFactor: number = 1.33) => {
  const table: { skater: string; tes: number; pcs: number; total: number }[] = [];
  for (const skater of skaters) {
    const marks = await fetchMarks(competition, skater);
    const tes = marks.elements.reduce((s, e) => s + e.base + (trimmedMean(e.goe) * e.base) / 10, 0);
    const pcs = trimmedMean(marks.components) * 3 * componentFactor;
    table.push({ skater, tes: round2(tes), pcs: round2(pcs), total: round2(tes + pcs) });
  }
  table.sort((a, b) => b.total - a.total || a.skater.localeCompare(b.skater, "en"));
  const url = await publishProtocol({ competition, table });
  return { url, podium: table.slice(0, 3).map((r) => r.skater) };
});
