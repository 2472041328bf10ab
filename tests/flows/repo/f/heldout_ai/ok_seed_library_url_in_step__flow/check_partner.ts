export async function main(url: string, allowList: string[]) {
  const host = new URL(url).hostname;
  const allowed = allowList.map((h) => h.trim().toLowerCase()).includes(host.toLowerCase());
  return { host, allowed };
}
