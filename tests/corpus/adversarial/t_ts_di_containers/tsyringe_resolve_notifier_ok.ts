// SDK: client.mjs 1.818.0 a task's function runs once in its own job; the tsyringe container resolves the notifier inside that task, and the body only resolves a pure formatter
import "reflect-metadata";
import { container, inject, injectable } from "tsyringe";
import { task, workflow } from "windmill-client";

@injectable()  // expect: WAC903
class SlackConfig {
  readonly webhook = process.env.SLACK_RELEASES_WEBHOOK ?? "https://hooks.slack.com/services/T0/B0/release";
  readonly channel = "#releases";
}

@injectable()
class SlackNotifier {
  constructor(@inject(SlackConfig) private readonly cfg: SlackConfig) {}

  async announce(text: string): Promise<void> {
    await fetch(this.cfg.webhook, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ channel: this.cfg.channel, text }),
    });
  }
}

@injectable()
class ReleaseFormatter {
  format(repo: string, version: string, artifacts: string[]): string {
    return `:rocket: ${repo} v${version} released (${artifacts.length} artifacts)`;
  }
}

const tagRelease = task(async function tagRelease(repo: string, version: string, sha: string) {
  const res = await fetch(`https://api.github.com/repos/${repo}/git/refs`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.GITHUB_TOKEN}` },
    body: JSON.stringify({ ref: `refs/tags/v${version}`, sha }),
  });
  return { repo, version, tagged: res.ok };
});

const buildArtifacts = task(async function buildArtifacts(repo: string, version: string) {
  const res = await fetch(`https://ci.internal/api/builds`, { method: "POST", body: JSON.stringify({ repo, version }) });
  return ((await res.json()) as { artifacts: string[] }).artifacts;
});

const announce = task(async function announce(text: string) {
  await container.resolve(SlackNotifier).announce(text);
  return { announced: true };
});

export const main = workflow(async (repo: string, version: string, sha: string) => {
  const formatter = container.resolve(ReleaseFormatter);
  const tag = await tagRelease(repo, version, sha);
  const artifacts = await buildArtifacts(repo, version);
  await announce(formatter.format(repo, version, artifacts));
  return { ...tag, artifacts };
});
