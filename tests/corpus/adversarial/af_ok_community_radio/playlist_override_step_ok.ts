// SDK: windmill-client 1.818.0 a plain script used as an OpenFlow approval step: getResumeUrls in main, a Promise.race timeout around fetch and Promise.any over two mirrors (no workflow, nothing is replayed); `export const main` arrow
import * as wmill from "windmill-client";

type Override = { show: string; reason: string; tracks: string[] };

const MIRRORS = ["https://cdn1.kxrd.example", "https://cdn2.kxrd.example"];

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`timed out after ${ms}ms`)), ms));
}

async function firstMirror(path: string): Promise<string> {
  const res = await Promise.any(MIRRORS.map((m) => fetch(`${m}${path}`).then((r) => (r.ok ? r : Promise.reject(r.status)))));
  return res.url;
}

export const main = async (override: Override, approver?: string) => {
  const urls = await wmill.getResumeUrls(approver);
  const artwork = await firstMirror(`/shows/${override.show}/cover.jpg`).catch(() => null);
  const hook = await wmill.getVariable("f/radio/programming_webhook");

  const res = await Promise.race([
    fetch(hook, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: `Playlist override for ${override.show}: ${override.reason}`,
        tracks: override.tracks.slice(0, 20),
        artwork,
        approve: urls.resume,
        reject: urls.cancel,
      }),
    }),
    timeout(10_000),
  ]);
  return { notified: res.ok, approvalPage: urls.approvalPage, requestedAt: new Date().toISOString() };
};
