import type { MessageRow } from '../messages/concern-messages.repository';

/** One message as «Motta bekymringsmeldinger» lists it: metadata only, never content. */
export function receivedMessageView(row: MessageRow) {
  return {
    id: row.id,
    referanse: row.referanse,
    kommunenummer: row.kommunenummer,
    bydelsnummer: row.bydelsnummer,
    mottaker: row.mottaker,
    type: row.type,
    mottatt: row.received_at.toISOString(),
    status: row.status,
    brevpostFrist:
      row.channel === 'manuell' && row.status === 'AKSEPTERT'
        ? row.letter_post_at.toISOString()
        : null,
    nedlastinger: row.downloads,
    sistLastetNed:
      row.last_download_by && row.last_download_at
        ? {
            av: row.last_download_by,
            tidspunkt: row.last_download_at.toISOString(),
          }
        : null,
    bekreftet:
      row.confirmed_by && row.confirmed_at
        ? { av: row.confirmed_by, tidspunkt: row.confirmed_at.toISOString() }
        : null,
  };
}
export type ReceivedMessageView = ReturnType<typeof receivedMessageView>;
