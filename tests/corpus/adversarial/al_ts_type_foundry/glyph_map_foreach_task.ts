// SDK: windmill-client 1.818.0 index.js: `Map.prototype.forEach` calls the task wrapper with (value, key, map) for each entry; each call queues a `rebuildFamily` step (`_nextStep`) and returns a bare `{ then }` that `forEach` throws away
// Team code: glyph fixes grouped per family in a Map, each family rebuilt by reference.
import { task, workflow } from "windmill-client";

const rebuildFamily = task(async function rebuildFamily(glyphs: string[], family: string) {
  const r = await fetch("https://ci.kernhaus.example/api/builds", {
    method: "POST",
    body: JSON.stringify({ family, glyphs }),
  });
  return { family, ok: r.ok };
});

export const main = workflow(async (fixes: { family: string; glyph: string }[]) => {
  const byFamily = new Map<string, string[]>();
  for (const fix of fixes) {
    byFamily.set(fix.family, [...(byFamily.get(fix.family) ?? []), fix.glyph]);
  }
  byFamily.forEach(rebuildFamily); // expect: WAC106
  return { families: byFamily.size };
});
