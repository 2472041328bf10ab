// SDK: windmill-client 1.818.0 client.mjs: the body replays from the top after every task; the `using` scratch directory is created with `mkdtempSync` in the body, so each replay makes (and removes) another directory on whichever worker runs that round
import { task, workflow } from "windmill-client";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function scratchDir(prefix: string) {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return {
    path,
    [Symbol.dispose]() {
      rmSync(path, { recursive: true, force: true });
    },
  };
}

const exportStrings = task(async (locale: string) => {
  const r = await fetch(`https://tms.stormforge-games.example/projects/game/locales/${locale}/export`);
  return (await r.json()) as Record<string, string>;
});

const commitStrings = task(async (locale: string, strings: Record<string, string>, workdir: string) => {
  const r = await fetch("https://git.stormforge-games.example/api/commits", {
    method: "POST",
    body: JSON.stringify({ path: `loc/${locale}.json`, content: JSON.stringify(strings, null, 2), workdir }),
  });
  return (await r.json()).sha as string;
});

export const main = workflow(async (locales: string[]) => {
  using scratch = scratchDir("loc-sync-"); // expect: WAC101
  const shas: Record<string, string> = {};
  for (const locale of locales) {
    const strings = await exportStrings(locale);
    const missing = Object.entries(strings).filter(([, v]) => v.trim() === "").length;
    if (missing > 50) continue;
    shas[locale] = await commitStrings(locale, strings, scratch.path);
  }
  return { committed: shas };
});
