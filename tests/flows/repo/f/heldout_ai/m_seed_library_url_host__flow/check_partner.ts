export async function main(host: string, allowList: string[]) {
  const allowed = allowList.map((h) => h.trim().toLowerCase()).includes(host.toLowerCase());
  return { host, allowed };
}
