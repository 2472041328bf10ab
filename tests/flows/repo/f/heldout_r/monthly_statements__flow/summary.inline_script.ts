export async function main(uploads: object, format: string) {
  return { count: (uploads as unknown[]).length, format }
}
