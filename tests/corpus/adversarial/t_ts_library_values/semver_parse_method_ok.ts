// SDK: client.mjs 1.818.0 step() JSON round trip: the step returns the version string, and semver's pure `inc` runs on it in the body
import semver from "semver";
import { step, task, workflow } from "windmill-client";

type Release = { packageName: string; registry: string };

async function latestVersion(pkg: string, registry: string): Promise<string> {
  const res = await fetch(`${registry}/${encodeURIComponent(pkg)}`);
  const body = (await res.json()) as { "dist-tags": { latest: string } };
  return body["dist-tags"].latest;
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
  const next = semver.inc(current, "patch");
  if (!next) throw new Error(`${release.packageName}: ${current} is not a version`);
  return await publishVersion(release.packageName, next);
});
