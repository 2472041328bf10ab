export async function main(matched: boolean, documents: string[]) {
  return { score: matched ? documents.length * 10 : 0 }
}
