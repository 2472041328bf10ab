// SDK: windmill-client 1.818.0 the SDK's default export (index.mjs `src_default as default`) in a plain script: getVariable / setState through it; Math.random() picks a mirror, Date.now() stamps the upload, a `for` loop retries with backoff
import wmill from "windmill-client";

const MIRRORS = ["https://a.gpx-mirror.example", "https://b.gpx-mirror.example", "https://c.gpx-mirror.example"];

export async function main(routeId: number, gpx: string) {
  const token = await wmill.getVariable("f/cycling/mirror_token");
  const order = [...MIRRORS].sort(() => Math.random() - 0.5);
  let stored: string | null = null;
  for (const [attempt, mirror] of order.entries()) {
    try {
      const res = await fetch(`${mirror}/routes/${routeId}.gpx`, {
        method: "PUT",
        headers: { authorization: `Bearer ${token}`, "x-uploaded-at": String(Date.now()) },
        body: gpx,
      });
      if (res.ok) {
        stored = mirror;
        break;
      }
    } catch (e) {
      console.warn(`${mirror} failed: ${e}`);
    }
    await new Promise((r) => setTimeout(r, 200 * 2 ** attempt));
  }
  await wmill.setState({ routeId, mirror: stored, at: new Date().toISOString() });
  return { routeId, mirror: stored };
}
