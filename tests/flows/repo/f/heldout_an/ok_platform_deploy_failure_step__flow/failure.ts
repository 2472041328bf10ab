export async function main(step: string, message: string, blocked_by_scan: boolean) {
  const text = blocked_by_scan
    ? `Deploy blocked by the image scan: ${message}`
    : `Deploy failed at ${step}: ${message}`;
  return { channel: "#deploys", text };
}
