// SDK: windmill-client 1.818.0 client.mjs: the body reruns on every replay and task arguments are checkpointed from the first run. ECMA-262: new Date(y, m, d) and a date-time string without offset use the local (worker) zone; a date-only ISO string is UTC.
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
  const monthStart = new Date(year, month - 1, 1).toISOString(); // expect: WAC102
  const monthEnd = new Date(Date.UTC(year, month, 0, 23, 59, 59)).toISOString();

  const fixtures = await loadFixtures(season, monthStart, monthEnd);

  // season tickets go on sale at 18:00 on the first of June, venue time intended
  const generalSale = Date.parse("2026-06-01T18:00"); // expect: WAC102
  const membersSale = Date.parse("2026-05-25");

  const homes = await parallel(
    fixtures,
    (f) => openOnSale(f, new Date(Math.max(generalSale, membersSale)).toISOString()),
    { concurrency: 4 },
  );
  return { season, opened: homes.length };
});
