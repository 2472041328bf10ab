// SDK: windmill-client 1.818.0 Bun.hash / crypto.subtle.digest of record text (pure), Object.entries order of a task's result (insertion order), Promise.all over Object.entries(...).map of tasks, Array.from(new Set(...)) (insertion order) feeding tasks
import { task, workflow } from "windmill-client";

type Marc = { id: string; isbn: string | null; title: string; author: string; year: number };

const fetchBatch = task(async (offset: number, size: number): Promise<Marc[]> => {
  const res = await fetch(`https://ils.library.example/api/v3/bibs?offset=${offset}&size=${size}`);
  return (await res.json()) as Marc[];
});

const mergeBibs = task(async (keep: string, drop: string[]) => {
  const res = await fetch("https://ils.library.example/api/v3/bibs/merge", { method: "POST", body: JSON.stringify({ keep, drop }) });
  return { keep, merged: drop.length, ok: res.ok };
});

function normalize(m: Marc): string {
  return `${m.title.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()}|${m.author.toLowerCase().split(",")[0]}|${m.year}`;
}

async function sha(text: string): Promise<string> {
  const buf = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(buf), (b) => b.toString(16).padStart(2, "0")).join("");
}

export const main = workflow(async (batches: number = 4, size: number = 1000) => {
  const groups: Record<string, Marc[]> = {};
  for (let i = 0; i < batches; i++) {
    for (const m of await fetchBatch(i * size, size)) {
      const key = m.isbn ?? String(Bun.hash(normalize(m)));
      (groups[key] ??= []).push(m);
    }
  }
  const dupes = Object.entries(groups).filter(([, ms]) => ms.length > 1);
  const merged = await Promise.all(
    dupes.map(([, ms]) => {
      const [keep, ...rest] = [...ms].sort((a, b) => a.id.localeCompare(b.id));
      return mergeBibs(keep.id, Array.from(new Set(rest.map((r) => r.id))));
    }),
  );
  const fingerprint = await sha(merged.map((m) => m.keep).join(","));
  return { groups: dupes.length, merged: merged.reduce((n, m) => n + m.merged, 0), fingerprint };
});
