export async function main(email: string) {
  return { queued: email };
}
