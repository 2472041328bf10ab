// SDK: windmill-client 1.818.0 task / parallel / step; helpers named like I/O (`loadCatalogue`, `writeIndex`) are pure
import { parallel, step, task, workflow } from "windmill-client";

type Score = { id: string; title: string; composer: string; parts: string[] };

/** Pure: builds the index from the scores it is given; the name only sounds like I/O. */
function writeIndex(scores: Score[]): Record<string, string[]> {
  const index: Record<string, string[]> = {};
  for (const s of scores) {
    (index[s.composer] ??= []).push(s.id);
  }
  for (const k of Object.keys(index)) index[k].sort();
  return index;
}

/** Pure: parses a catalogue text export. */
function loadCatalogue(text: string): Score[] {
  return text
    .split("\n")
    .filter((line) => line.trim() && !line.startsWith("#"))
    .map((line) => {
      const [id, title, composer, parts] = line.split("|");
      return { id, title, composer, parts: (parts ?? "").split(",").filter(Boolean) };
    });
}

const downloadCatalogue = task(async (url: string): Promise<string> => {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`catalogue ${res.status}`);
  return await res.text();
});

const checkPartsOnDisk = task(async (score: Score) => {
  const res = await fetch(`https://library.example.org/api/scores/${score.id}/parts`);
  const present = (await res.json()) as string[];
  return { id: score.id, missing: score.parts.filter((p) => !present.includes(p)) };
});

export const main = workflow(async (catalogueUrl: string, concurrency = 4) => {
  const text = await downloadCatalogue(catalogueUrl);
  const scores = loadCatalogue(text);
  const index = writeIndex(scores);
  const checks = await parallel(scores, checkPartsOnDisk, { concurrency });
  const missing = checks.filter((c) => c.missing.length > 0);
  const checkedAt = await step("checked_at", () => new Date().toISOString());
  return { composers: Object.keys(index).length, scores: scores.length, missing, checkedAt };
});
