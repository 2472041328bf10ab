export async function preprocessor(event: {
  kind: string
  body?: { event?: { text?: string; user?: string; channel?: string; ts?: string } }
}) {
  const e = event.body?.event ?? {}
  return { text: e.text ?? "", user: e.user ?? "", channel: e.channel ?? "", ts: e.ts ?? "" }
}
