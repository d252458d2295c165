// The one message after attaching files: how many were attached, each iPhone photo stored as JPEG
// instead, and each refused file with the reason in plain German (the first few; the rest counted).
import type { AttachmentMessages } from '../../i18n/attachments';
import type { AttachSummary } from './attachFiles';

const SHOWN_REFUSALS = 5;

export function summaryLines(at: AttachmentMessages, summary: AttachSummary): string[] {
  const lines: string[] = [];
  if (summary.added > 0) lines.push(at.summary.added(summary.added));
  for (const { from, to } of summary.converted) lines.push(at.summary.converted(from, to));
  if (summary.alreadyAttached > 0) lines.push(at.summary.already(summary.alreadyAttached));
  if (summary.refused.length > 0) {
    lines.push(at.summary.refused(summary.refused.length));
    for (const refused of summary.refused.slice(0, SHOWN_REFUSALS))
      lines.push(`„${refused.name}“: ${at.refusal(refused)}`);
    if (summary.refused.length > SHOWN_REFUSALS)
      lines.push(at.summary.more(summary.refused.length - SHOWN_REFUSALS));
  }
  if (summary.nearQuota) lines.push(at.summary.nearQuota);
  return lines;
}
