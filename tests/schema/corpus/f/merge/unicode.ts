export async function main(名前: string, café = "crème brûlée", emoji = "🎉") {}
