// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round), task(); svix message.create POSTs to the Svix API
import { Svix } from "svix";
import { task, workflow } from "windmill-client";

const svix = new Svix(process.env.SVIX_AUTH_TOKEN ?? "");

type Release = { version: string; notes: string; tenants: string[] };

const loadRelease = task(async (version: string): Promise<Release> => {
  const res = await fetch(`https://releases.internal/${version}`);
  return (await res.json()) as Release;
});

const markAnnounced = task(async (version: string, count: number) => {
  await fetch(`https://releases.internal/${version}/announced`, {
    method: "POST",
    body: JSON.stringify({ count }),
  });
  return count;
});

export const main = workflow(async (version: string) => {
  const release = await loadRelease(version);
  let sent = 0;
  for (const tenant of release.tenants) {
    await svix.message.create(tenant, { // expect: WAC101
      eventType: "release.published",
      eventId: `${version}:${tenant}`,
      payload: { version: release.version, notes: release.notes },
    });
    sent += 1;
  }
  return { version, announced: await markAnnounced(version, sent) };
});
