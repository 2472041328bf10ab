async function main(channel: string, text: string) {
  return { channel, text };
}
