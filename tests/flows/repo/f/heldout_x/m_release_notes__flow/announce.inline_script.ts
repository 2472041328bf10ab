export async function main(channel: string, text: string) {
  console.log(channel, text);
  return { posted: true };
}
