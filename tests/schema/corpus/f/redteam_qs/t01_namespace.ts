namespace Api {
  export type User = { id: string; name: string };
}

export async function main(user: Api.User, count: number = 1) {
  return user;
}
