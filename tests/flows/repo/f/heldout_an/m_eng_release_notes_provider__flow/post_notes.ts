export async function main(channel: string, summary: string) {
  return { channel, text: summary.slice(0, 3000) };
}
