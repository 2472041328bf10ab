// SDK: windmill-client 1.818.0 client.mjs parallel()/task() (svix message.create inside the task body, run once per child job)
import { Svix } from "svix";
import { parallel, task, workflow } from "windmill-client";

const svix = new Svix(process.env.SVIX_AUTH_TOKEN ?? "");

type Release = { version: string; notes: string; tenants: string[] };

const loadRelease = task(async (version: string): Promise<Release> => {
  const res = await fetch(`https://releases.internal/${version}`);
  return (await res.json()) as Release;
});

const announce = task(async (tenant: string, version: string, notes: string) => {
  const msg = await svix.message.create(tenant, {
    eventType: "release.published",
    eventId: `${version}:${tenant}`,
    payload: { version, notes },
  });
  return msg.id;
});

export const main = workflow(async (version: string) => {
  const release = await loadRelease(version);
  const ids = await parallel(release.tenants, (tenant) => announce(tenant, version, release.notes), {
    concurrency: 4,
  });
  return { version, announced: ids.length };
});
