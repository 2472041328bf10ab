import * as wmill from "windmill-client";

export async function main(slug: string, title: string, html: string) {
  const cms = await wmill.getResource("f/comms/cms");
  const res = await fetch(`${cms.url}/api/posts`, {
    method: "PUT",
    headers: { Authorization: `Bearer ${cms.token}`, "Content-Type": "application/json" },
    body: JSON.stringify({ slug, title, html, status: "published" }),
  });
  if (!res.ok) throw new Error(`cms answered ${res.status}`);
  return { url: `${cms.public_url}/press/${slug}` };
}
