/**
 * The real DashboardApi: messages to the background for the logs, extension storage for feedback, a download for
 * files. Built by the dashboard entrypoint; nothing here runs at import time.
 */
import { onProgress as listenProgress, send as realSend } from '../messaging/client';
import type { ExportedFile } from '../messaging/protocol';
import { exportFile, type SavedFile } from '../messaging/transfer';
import { profile } from '../settings/items';
import { feedbackUnread, unreadCount } from '../settings/items';
import { exportFeedback, feedbackInbox, getDraft, importFeedbackText, markFeedbackRead, setDraftComment, setDraftNote } from '../feedback/store';
import { mentorLogSource, ownLogSource, type DashboardApi, type OnProgress, type Send } from './api';

/** Reads a file as text, reporting bytes read (a 40 MB log takes a moment even from a local disk). */
export function readFileText(file: File, onProgress?: (done: number, total: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => onProgress?.(e.loaded, e.lengthComputable ? e.total : file.size);
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(new Error(`Could not read ${file.name}: ${reader.error?.message ?? 'unknown error'}`));
    reader.readAsText(file);
  });
}

/** Saves a file (text, or a Blob as exports give it) through a temporary object URL (no downloads permission needed). */
export function downloadFile(file: ExportedFile | SavedFile, doc: Document = document): void {
  const url = URL.createObjectURL('blob' in file ? file.blob : new Blob([file.text], { type: file.mime }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.filename;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface ClientOptions {
  send?: Send;
  listen?: (id: string, listener: Parameters<typeof listenProgress>[1]) => () => void;
  tipTitle?: (ref: string) => string | undefined;
  download?: (file: ExportedFile) => void;
}

export function createDashboardApi(options: ClientOptions = {}): DashboardApi {
  const send = options.send ?? (realSend as Send);
  const listen = options.listen ?? listenProgress;
  const learnerId = async () => (await profile.getValue()).learnerId;

  async function importWithProgress(type: 'mentor.import', file: File, onProgress: OnProgress) {
    const text = await readFileText(file, (done, total) => onProgress({ phase: 'reading', done, total }));
    const progressId = crypto.randomUUID();
    const stop = listen(progressId, (e) => onProgress({ phase: e.phase, done: e.done, total: e.total }));
    try {
      return await send(type, { text, progressId });
    } finally {
      stop();
    }
  }

  return {
    // The file comes back through the transfer database: a 100k-entry log is ~35 MB, too big to copy through messages.
    mine: { ...ownLogSource(send), export: (format) => exportFile(format, { send }) },
    mentor: {
      importFile: (file, onProgress) => importWithProgress('mentor.import', file, onProgress),
      learners: () => send('mentor.learners', {}),
      remove: async (learner) => {
        await send('mentor.remove', { learner });
      },
      source: (learner) => mentorLogSource(send, learner),
    },
    feedback: {
      inbox: () => feedbackInbox.getValue(),
      importFile: async (file) => importFeedbackText(await readFileText(file), await learnerId()),
      unread: async () => unreadCount(await feedbackUnread.getValue()),
      markRead: () => markFeedbackRead(),
      draft: (id, name) => getDraft(id, name),
      setComment: (id, name, entryId, text) => setDraftComment(id, name, entryId, text),
      setNote: (id, name, note) => setDraftNote(id, name, note),
      exportFile: async (id, name) => {
        const mentor = (await profile.getValue()).displayName;
        const file = await exportFeedback(id, name, mentor);
        return { ...file, mime: 'application/json' };
      },
    },
    download: options.download ?? ((file) => downloadFile(file)),
    tipTitle: options.tipTitle ?? (() => undefined),
    profileName: async () => (await profile.getValue()).displayName,
  };
}
