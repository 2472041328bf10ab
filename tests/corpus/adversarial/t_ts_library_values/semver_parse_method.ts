// SDK: client.mjs 1.818.0 step() JSON round trip keeps only own enumerable data: semver.parse returns a SemVer instance whose `inc` lives on the prototype, so `current.inc("patch")` on the checkpointed plain object is a TypeError
import semver from "semver";
import { step, task, workflow } from "windmill-client";

type Release = { packageName: string; registry: string };

async function latestVersion(pkg: string, registry: string) {
  const res = await fetch(`${registry}/${encodeURIComponent(pkg)}`);
  const body = (await res.json()) as { "dist-tags": { latest: string } };
  return semver.parse(body["dist-tags"].latest);
}

const publishVersion = task(async function publishVersion(pkg: string, version: string) {
  const res = await fetch(`https://ci.internal/api/publish`, {
    method: "POST",
    body: JSON.stringify({ pkg, version }),
  });
  return { pkg, version, queued: res.ok };
});

export const main = workflow(async (release: Release) => {
  const current = await step("latest_version", () => latestVersion(release.packageName, release.registry));
  if (!current) throw new Error(`${release.packageName} has no valid latest version`);
  const next = current.inc("patch").version; // expect: WAC107
  return await publishVersion(release.packageName, next);
});
