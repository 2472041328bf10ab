// SDK: client.mjs 1.818.0 workflow(fn) replays the body from the top after each task; tsyringe's container.resolve(SlackNotifier) builds the class of the file, so `notifier.announce` posts to Slack on every replay
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

export const main = workflow(async (repo: string, version: string, sha: string) => {
  const notifier = container.resolve(SlackNotifier);
  const tag = await tagRelease(repo, version, sha);
  const artifacts = await buildArtifacts(repo, version);
  await notifier.announce(`:rocket: ${repo} v${version} released (${artifacts.length} artifacts)`); // expect: WAC101
  return { ...tag, artifacts };
});
