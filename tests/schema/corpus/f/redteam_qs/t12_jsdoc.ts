/**
 * Send a message.
 * @param channel the channel id
 * @param text what to send
 */
export async function main(
  /** the channel */ channel: string,
  // the text
  text: string = "hi",
  /* inline */ silent = false,
) {
  return channel;
}
