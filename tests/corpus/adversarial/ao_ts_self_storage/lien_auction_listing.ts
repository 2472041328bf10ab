// SDK: windmill-client 1.818.0: `new Date()` in the body is read again on every replay, so a branch on days overdue can flip after a suspension; a task call returns a bare `{ then }` object (_nextStep), so `.catch(() => ...)` on it is not a function and throws at once
import { step, task, workflow } from "windmill-client";
import * as wmill from "windmill-client";

type Delinquent = { tenantId: string; unit: string; facility: string; finalLienSent: string; balanceCents: number };
type Listing = { id: string; url: string; opensAt: string; closesAt: string };

const PMS = "https://pms.example-storage.com/api";
const MIN_DAYS_AFTER_FINAL_LIEN = 14;

const delinquentUnits = task(async (facility: string): Promise<Delinquent[]> => {
  const r = await fetch(`${PMS}/facilities/${facility}/delinquent?stage=final_lien`);
  if (!r.ok) throw new Error(`delinquent ${r.status}`);
  return (await r.json()) as Delinquent[];
});

const unitPhotos = task(async (facility: string, unit: string): Promise<string[]> => {
  const r = await fetch(`${PMS}/facilities/${facility}/units/${unit}/photos`);
  if (!r.ok) throw new Error(`photos ${r.status}`);
  return ((await r.json()) as { url: string }[]).map((p) => p.url);
});

const listOnAuctionSite = task(async (d: Delinquent, photos: string[], opensAt: string): Promise<Listing> => {
  const site = await wmill.getResource("f/storage/auction_site");
  const r = await fetch(`${site.url}/listings`, {
    method: "POST",
    headers: { authorization: `Bearer ${site.token}`, "content-type": "application/json" },
    body: JSON.stringify({ unit: d.unit, facility: d.facility, photos, opensAt, days: 7 }),
  });
  if (!r.ok) throw new Error(`listing ${r.status}`);
  return (await r.json()) as Listing;
});

const publishNewspaperNotice = task(async (facility: string, listings: Listing[]) => {
  const r = await fetch("https://legal-notices.example-press.com/api/notices", {
    method: "POST",
    body: JSON.stringify({ facility, items: listings.map((l) => ({ url: l.url, opensAt: l.opensAt })) }),
  });
  return r.ok;
});

function daysBetween(a: Date, b: Date): number {
  return Math.floor((b.getTime() - a.getTime()) / 86_400_000);
}

export const main = workflow(async (facility: string, opensAt: string) => {
  const units = await delinquentUnits(facility);
  const listed: Listing[] = [];
  const skipped: string[] = [];

  for (const d of units) {
    const overdue = daysBetween(new Date(d.finalLienSent), new Date()); // expect: WAC102
    if (overdue < MIN_DAYS_AFTER_FINAL_LIEN) {
      skipped.push(d.unit);
      continue;
    }
    const photos = await unitPhotos(d.facility, d.unit).catch(() => [] as string[]); // expect: WAC202
    listed.push(await listOnAuctionSite(d, photos, opensAt));
  }

  if (listed.length > 0) {
    await publishNewspaperNotice(facility, listed);
  }
  const finishedAt = await step("finished_at", () => new Date().toISOString());
  return { facility, listed: listed.map((l) => l.id), skipped, finishedAt };
});
