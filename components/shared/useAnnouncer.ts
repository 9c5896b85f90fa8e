import { useState } from 'preact/hooks';

export interface Announcement {
  text: string;
  /** Something failed: said at once, and shown. The rest is said politely. */
  urgent: boolean;
}

/** Says `text` to screen readers; `urgent` when something failed. */
export type Say = (text: string, urgent?: boolean) => void;

/** What a page last said, for its `<LiveRegion>`: one announcement at a time, the latest. */
export function useAnnouncer() {
  const [announcement, setAnnouncement] = useState<Announcement | null>(null);
  const say: Say = (text, urgent = false) => setAnnouncement({ text, urgent });
  return { announcement, say, dismiss: () => setAnnouncement(null) };
}
