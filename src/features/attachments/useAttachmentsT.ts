// The attachments feature's strings in the current language (see src/i18n/attachments.ts for why
// they are not part of useT()).
import { de, en, type AttachmentMessages } from '../../i18n/attachments';
import { useViewStore } from '../../state/viewStore';

export function attachmentsMessages(language: 'de' | 'en'): AttachmentMessages {
  return language === 'en' ? en : de;
}

export function useAttachmentsT(): AttachmentMessages {
  return attachmentsMessages(useViewStore((s) => s.language));
}
