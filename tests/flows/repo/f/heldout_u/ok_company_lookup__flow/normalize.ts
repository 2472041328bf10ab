export async function main(domain: string) {
  const cleaned = domain
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .split("/")[0];
  return { domain: cleaned, tld: cleaned.split(".").pop() ?? "" };
}
