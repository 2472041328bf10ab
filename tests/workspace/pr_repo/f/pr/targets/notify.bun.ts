export async function main(channel: string, text: string, urgent?: boolean) {
  return { channel, text, urgent: urgent ?? false };
}
