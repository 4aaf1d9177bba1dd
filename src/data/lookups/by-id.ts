/** The record with this id, if any. */
export const byId = <T extends { id: string }>(records: readonly T[] | undefined, id: string): T | undefined =>
  records?.find((record) => record.id === id);
