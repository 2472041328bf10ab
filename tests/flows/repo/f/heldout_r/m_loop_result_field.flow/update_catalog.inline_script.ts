export async function main(catalog: { url: string; token: string }, thumbnails: string[]) {
  return { updated: thumbnails.length }
}
