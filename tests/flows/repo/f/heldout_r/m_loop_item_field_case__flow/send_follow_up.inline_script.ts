export async function main(to: string, greeting: string, recording_url: string) {
  return { to, body: `${greeting}\nThe recording: ${recording_url}` }
}
