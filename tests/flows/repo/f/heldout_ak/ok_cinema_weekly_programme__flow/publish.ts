import * as wmill from "windmill-client";

export async function main(week: string, shows: object[], publish_at: string, base_url: string) {
  const cms = await wmill.getResource("f/cinema/cms");
  const resp = await fetch(`${cms.url}/programmes/${week}`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${cms.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ shows, publish_at }),
  });
  if (!resp.ok) throw new Error(`cms ${resp.status}`);
  return { url: `${base_url}/week/${week}` };
}
