import { readRecord, type ContentApi, type RecordDocument, type RecordKind } from '../content-api.js';
import type { Feed } from '../schema.js';
import { byId } from './by-id.js';
import { withoutPrototypes } from '../without-prototypes.js';

/**
 * The record of `kind` with this id, as a content API document has it (with the organizations it
 * names): from `feed` when one is given (the organizations then come from the feed or the content
 * API), else the content API's document in `language`. `undefined` when there is no such record.
 */
export const findRecord = async <K extends RecordKind & keyof Feed>(
  kind: K,
  id: string,
  feed: Feed | undefined,
  language = 'en',
  contentApi?: ContentApi,
): Promise<RecordDocument<NonNullable<Feed[K]>[number]> | undefined> => {
  type Found = NonNullable<Feed[K]>[number];
  if (!feed) return readRecord<Found>(kind, id, language, contentApi);
  const record = withoutPrototypes(byId<Found>(feed[kind] as readonly Found[] | undefined, id));
  return record && { record, organizations: [] };
};
