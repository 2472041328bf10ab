export async function main(event: { kind: string; body: any }) {
  return { user: event.body?.user };
}
