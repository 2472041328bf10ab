// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (a checkpointed step's fn is not called again on replay), task() result JSON round trip
import { task, step, workflow } from "windmill-client";

type LedgerEvent =
  | { kind: "Opened"; accountId: string; currency: string }
  | { kind: "Deposited"; amountCents: number }
  | { kind: "Withdrawn"; amountCents: number }
  | { kind: "Frozen"; reason: string };

interface AccountState {
  accountId: string;
  balanceCents: number;
  frozen: boolean;
  version: number;
}

const loadEvents = task(async (accountId: string, fromVersion: number): Promise<LedgerEvent[]> => {
  const res = await fetch(`https://ledger.internal/accounts/${accountId}/events?from=${fromVersion}`);
  return (await res.json()) as LedgerEvent[];
});

const saveProjection = task(async (state: AccountState) => {
  await fetch(`https://ledger.internal/projections/accounts/${state.accountId}`, {
    method: "PUT",
    body: JSON.stringify(state),
  });
  return state.version;
});

function evolve(state: AccountState, event: LedgerEvent): AccountState {
  switch (event.kind) {
    case "Opened":
      return { ...state, accountId: event.accountId };
    case "Deposited":
      return { ...state, balanceCents: state.balanceCents + event.amountCents, version: state.version + 1 };
    case "Withdrawn":
      return { ...state, balanceCents: state.balanceCents - event.amountCents, version: state.version + 1 };
    case "Frozen":
      return { ...state, frozen: true, version: state.version + 1 };
  }
}

export const main = workflow(async (accountId: string, fromVersion = 0) => {
  const events = await loadEvents(accountId, fromVersion);
  let state: AccountState = { accountId, balanceCents: 0, frozen: false, version: fromVersion };
  const rejected: string[] = [];

  for (const event of events) {
    state = evolve(state, event);
  }

  const checked = await step("check_invariants", () => {
    if (state.balanceCents < 0) {
      rejected.push(`negative balance at v${state.version}`); // expect: WAC104
      state = { ...state, frozen: true }; // expect: WAC104
    }
    return state.version;
  });

  await saveProjection(state);
  return { accountId, version: checked, rejected, frozen: state.frozen };
});
