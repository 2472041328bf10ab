// SDK: windmill-client 1.818.0 client.mjs: task arguments are checkpointed; the body reruns on replay. ECMA-262: Date.UTC, date-only ISO strings and strings with "Z" / an offset do not depend on the worker's zone.
import { workflow, task, parallel } from "windmill-client";

type Fixture = { home: string; away: string; kickoff: string };

const loadFixtures = task(async (season: string, fromIso: string, toIso: string) => {
  const res = await fetch(
    `https://api.leaguedata.example.org/seasons/${season}/fixtures?from=${fromIso}&to=${toIso}`,
  );
  return (await res.json()) as Fixture[];
});

const openOnSale = task(async (fixture: Fixture, onSaleAt: string) => {
  await fetch("https://api.tixhub.example.com/v2/onsale", {
    method: "POST",
    body: JSON.stringify({ ...fixture, onSaleAt }),
  });
  return fixture.home;
});

export const main = workflow(async (season: string, year: number, month: number) => {
  const monthStart = new Date(Date.UTC(year, month - 1, 1)).toISOString();
  const monthEnd = new Date(Date.UTC(year, month, 0, 23, 59, 59)).toISOString();

  const fixtures = await loadFixtures(season, monthStart, monthEnd);

  const generalSale = Date.parse("2026-06-01T18:00:00+02:00");
  const membersSale = Date.parse("2026-05-25");
  const presale = new Date("2026-05-20T08:00:00Z").getTime();
  const epoch = new Date(0).toISOString();

  const homes = await parallel(
    fixtures,
    (f) => openOnSale(f, new Date(Math.max(generalSale, membersSale, presale)).toISOString()),
    { concurrency: 4 },
  );
  return { season, opened: homes.length, since: epoch };
});
