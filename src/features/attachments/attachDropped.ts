// Files dropped onto a card on the board: attached like in the editor, then one toast sums it up
// (an error toast, read out as an alert, when a file was refused).
import { useViewStore } from '../../state/viewStore';
import { attachFiles } from './attachFiles';
import { summaryLines } from './AttachSummaryText';
import { attachmentsMessages } from './useAttachmentsT';

export async function attachDroppedFiles(itemId: string, title: string, files: File[]): Promise<void> {
  const store = useViewStore.getState();
  const summary = await attachFiles(itemId, files);
  const at = attachmentsMessages(store.language);
  store.showToast({
    kind: summary.refused.length > 0 || summary.nearQuota ? 'error' : 'info',
    message: `${at.attachedTo(title)} ${summaryLines(at, summary).join(' ')}`,
  });
}
