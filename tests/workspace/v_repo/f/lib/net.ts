// SDK: none; fetch helpers shared by the shop scripts (network I/O: call them from a task or a step)
const SLACK_HOOK = "https://hooks.slack.com/services/T0SHOP/B0OPS/xyz789";

export async function postJson<T = unknown>(url: string, body: unknown): Promise<T> {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

export async function getJson<T = unknown>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

export function buildUrl(base: string, ...parts: Array<string | number>): string {
  return [base.replace(/\/+$/, ""), ...parts.map((p) => String(p).replace(/^\/+|\/+$/g, ""))].join("/");
}

export namespace Slack {
  export function format(title: string, lines: string[]): string {
    return `*${title}*\n` + lines.map((l) => `• ${l}`).join("\n");
  }

  export async function say(text: string): Promise<void> {
    await fetch(SLACK_HOOK, { method: "POST", body: JSON.stringify({ text }) });
  }
}
