// Cut a release: compute the build id once (checkpointed), build artifacts with
// an existing flow, publish the GitHub release and announce it.
import { task, taskFlow, workflow, step } from "windmill-client";

const buildArtifacts = taskFlow("f/ci/build_all_platforms", { timeout: 3600 });

const latestTag = task(async (repo: string, token: string): Promise<string> => {
  const res = await fetch(`https://api.github.com/repos/${repo}/releases/latest`, { headers: { Authorization: `Bearer ${token}` } });
  return (await res.json()).tag_name ?? "v0.0.0";
});

const createRelease = task(async (repo: string, token: string, tag: string, files: string[]): Promise<string> => {
  const res = await fetch(`https://api.github.com/repos/${repo}/releases`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}` },
    body: JSON.stringify({ tag_name: tag, name: tag, body: files.join("\n") }),
  });
  if (!res.ok) throw new Error(`GitHub: ${res.status}`);
  return (await res.json()).html_url;
});

const announce = task(async (url: string, tag: string) => {
  await fetch("https://hooks.slack.example/releases", { method: "POST", body: JSON.stringify({ text: `Released ${tag}: ${url}` }) });
});

function bump(tag: string, part: string): string {
  const [major, minor, patch] = tag.replace(/^v/, "").split(".").map(Number);
  if (part === "major") return `v${major + 1}.0.0`;
  if (part === "minor") return `v${major}.${minor + 1}.0`;
  return `v${major}.${minor}.${patch + 1}`;
}

export default workflow(async function (repo: string, githubToken: string, part: string = "patch") {
  const buildId = await step("build_id", () => crypto.randomUUID());
  const previous = await latestTag(repo, githubToken);
  const tag = bump(previous, part);
  const artifacts = await buildArtifacts({ repo, ref: "main", build_id: buildId });
  const url = await createRelease(repo, githubToken, tag, artifacts.files);
  await announce(url, tag);
  return { tag, url, buildId };
});
