// SDK: windmill-client 1.818.0: task calls made by `map` take their keys at once, in order, and `for await` over the array awaits them one by one (the first pending one dispatches them all)
import { task, workflow } from "windmill-client";

type Skater = { id: string; name: string; roles: string[] };

const checkAvailability = task(async (skaterId: string, showDate: string) => {
  const res = await fetch(`https://cast.example-ice.org/api/skaters/${skaterId}/availability?date=${showDate}`);
  const { free } = (await res.json()) as { free: boolean };
  return { skaterId, free };
});

const publishCast = task(async (showDate: string, cast: Record<string, string>) => {
  const res = await fetch(`https://cast.example-ice.org/api/shows/${showDate}/cast`, { method: "PUT", body: JSON.stringify(cast) });
  return res.ok;
});

export const main = workflow(async (showDate: string, skaters: Skater[], roles: string[]) => {
  const free = new Set<string>();
  for await (const a of skaters.map((s) => checkAvailability(s.id, showDate))) {
    if (a.free) free.add(a.skaterId);
  }
  const cast: Record<string, string> = {};
  const taken = new Set<string>();
  for (const role of roles) {
    const pick = skaters.find((s) => free.has(s.id) && !taken.has(s.id) && s.roles.includes(role));
    if (pick) {
      cast[role] = pick.name;
      taken.add(pick.id);
    }
  }
  const published = await publishCast(showDate, cast);
  return { published, cast, unfilled: roles.filter((r) => !(r in cast)) };
});
