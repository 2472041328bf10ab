// SDK: windmill-client 1.818.0: an async generator that awaits a task per page, consumed with for await in the body, dispatches one page at a time in order
import { task, workflow } from "windmill-client";

type Pass = { holder: string; email: string; tier: "standard" | "family" | "club"; autoRenew: boolean };

const fetchPage = task(async (season: string, cursor: string | null) => {
  const url = new URL(`https://members.example-ice.org/api/passes/${season}`);
  if (cursor) url.searchParams.set("cursor", cursor);
  const res = await fetch(url);
  return (await res.json()) as { passes: Pass[]; next: string | null };
});

const renew = task(async (holder: string, tier: string, nextSeason: string) => {
  const res = await fetch(`https://members.example-ice.org/api/passes/${nextSeason}`, {
    method: "POST",
    body: JSON.stringify({ holder, tier }),
  });
  return res.ok;
});

async function* allPasses(season: string) {
  let cursor: string | null = null;
  do {
    const page = await fetchPage(season, cursor);
    yield* page.passes;
    cursor = page.next;
  } while (cursor);
}

function nextSeasonOf(season: string): string {
  const [a, b] = season.split("-").map(Number);
  return `${a + 1}-${b + 1}`;
}

export const main = workflow(async (season: string) => {
  const next = nextSeasonOf(season);
  let renewed = 0;
  const skipped: string[] = [];
  for await (const pass of allPasses(season)) {
    if (!pass.autoRenew) {
      skipped.push(pass.holder);
      continue;
    }
    if (await renew(pass.holder, pass.tier, next)) renewed += 1;
  }
  return { season: next, renewed, skipped };
});
