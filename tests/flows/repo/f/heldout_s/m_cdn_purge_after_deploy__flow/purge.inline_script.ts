type Cloudflare = { token: string };
type PurgeOptions = { zoneId: string; dryRun: boolean; batchSize: number };

export async function main(cloudflare: Cloudflare, paths: string[], options: PurgeOptions) {
  const files = paths.map((p) => `https://www.acme.io${p}`);
  if (options.dryRun) return { purged: 0, would_purge: files.length };
  let purged = 0;
  for (let i = 0; i < files.length; i += options.batchSize) {
    const batch = files.slice(i, i + options.batchSize);
    const res = await fetch(`https://api.cloudflare.com/client/v4/zones/${options.zoneId}/purge_cache`, {
      method: "POST",
      headers: { Authorization: `Bearer ${cloudflare.token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ files: batch }),
    });
    if (!res.ok) throw new Error(`cloudflare ${res.status}`);
    purged += batch.length;
  }
  return { purged };
}
