export async function main(channel: string) {
  return { channel };
}
