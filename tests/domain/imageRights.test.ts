import { describe, expect, it } from 'vitest';
import { addAttachment, changeAttachment, EMPTY_RIGHTS } from '../../src/domain/attachmentEdits';
import { creditLine, itemCreditLine } from '../../src/domain/creditLine';
import {
  derivedChecklistDone,
  missingRights,
  moveBlockedByRights,
  rightsProblems,
} from '../../src/domain/imageRights';
import type { AttachmentRights, Item } from '../../src/domain/types';
import { makeItem, stamper } from './fixtures';

const cleared: AttachmentRights = {
  ...EMPTY_RIGHTS,
  creator: 'Stadt Taunusstein',
  usage: 'cityStaff',
  peopleRecognisable: false,
  minorsShown: false,
};

const stamp = stamper('rights');

function withImage(item: Item, name: string, rights: Partial<AttachmentRights>, type = 'image/jpeg'): Item {
  const id = `att-${name}`;
  const added = addAttachment(item, { id, hash: `hash-${name}`, name, type, size: 10 }, 1, stamp);
  return changeAttachment(added, id, rights, 2, stamp) ?? added;
}

describe('missingRights', () => {
  it('clears an image without people once creator and usage are given', () => {
    expect(missingRights(cleared)).toEqual([]);
  });

  it('asks every question of a fresh image', () => {
    expect(missingRights(EMPTY_RIGHTS)).toEqual(['creator', 'usage', 'peopleAnswer', 'minorsAnswer']);
  });

  it('requires consent when people are recognisable, then its date', () => {
    expect(missingRights({ ...cleared, peopleRecognisable: true })).toEqual(['peopleConsent']);
    expect(missingRights({ ...cleared, peopleRecognisable: true, peopleConsent: true })).toEqual([
      'peopleConsentDate',
    ]);
    expect(
      missingRights({
        ...cleared,
        peopleRecognisable: true,
        peopleConsent: true,
        peopleConsentDate: '2026-11-20',
      }),
    ).toEqual([]);
  });

  it('requires the date of the guardians’ consent for minors', () => {
    const minors = { ...cleared, minorsShown: true, guardianConsent: true };
    expect(missingRights(minors)).toEqual(['guardianConsentDate']);
    expect(missingRights({ ...minors, guardianConsent: false })).toEqual(['guardianConsent']);
    expect(missingRights({ ...minors, guardianConsentDate: '2026-11-01' })).toEqual([]);
  });

  it('requires a licence note for agency images', () => {
    expect(missingRights({ ...cleared, usage: 'agency' })).toEqual(['usageNote']);
    expect(missingRights({ ...cleared, usage: 'agency', usageNote: '  ' })).toEqual(['usageNote']);
    expect(missingRights({ ...cleared, usage: 'agency', usageNote: 'dpa, Lizenz 4711' })).toEqual([]);
  });
});

describe('moves into Freigegeben and Veröffentlicht', () => {
  const item = withImage(makeItem({ title: 'Kita-Fest', column: 'entwurf' }), 'kita.jpg', {
    ...cleared,
    minorsShown: true,
  });

  it('are blocked naming the image and what is missing', () => {
    expect(moveBlockedByRights(item, 'freigegeben')).toEqual([
      { attachmentId: 'att-kita.jpg', name: 'kita.jpg', missing: ['guardianConsent'] },
    ]);
    expect(moveBlockedByRights(item, 'veroeffentlicht')).toHaveLength(1);
  });

  it('are free for other columns, reorders, PDFs and removed images', () => {
    expect(moveBlockedByRights(item, 'idee')).toEqual([]);
    expect(moveBlockedByRights({ ...item, column: 'freigegeben' }, 'freigegeben')).toEqual([]);
    const pdfOnly = withImage(makeItem({ title: 'Flyer' }), 'flyer.pdf', {}, 'application/pdf');
    expect(moveBlockedByRights(pdfOnly, 'freigegeben')).toEqual([]);
    const removed = changeAttachment(item, 'att-kita.jpg', { deleted: true }, 3, stamp)!;
    expect(rightsProblems(removed)).toEqual([]);
  });

  it('are free for items written before attachments existed', () => {
    const old = makeItem({ title: 'Alt' });
    delete old.attachments;
    expect(moveBlockedByRights(old, 'freigegeben')).toEqual([]);
  });
});

describe('the "Bildrechte geklärt" checklist entry', () => {
  const entry = { label: 'Bildrechte geklärt' };
  it('follows the images while images are attached', () => {
    const open = withImage(makeItem({ title: 'A' }), 'a.jpg', {});
    expect(derivedChecklistDone(open, entry)).toBe(false);
    const done = changeAttachment(open, 'att-a.jpg', cleared, 3, stamp)!;
    expect(derivedChecklistDone(done, entry)).toBe(true);
  });
  it('is ticked by hand without images, and other entries always are', () => {
    expect(derivedChecklistDone(makeItem({ title: 'A' }), entry)).toBeNull();
    expect(
      derivedChecklistDone(withImage(makeItem({ title: 'A' }), 'a.jpg', {}), { label: 'Text' }),
    ).toBeNull();
  });
});

describe('credit lines', () => {
  it('names the creator', () => {
    expect(creditLine({ creator: ' Stadt Taunusstein ', type: 'image/jpeg' })).toBe(
      'Foto: Stadt Taunusstein',
    );
    expect(creditLine({ creator: 'M. Muster', type: 'video/mp4' })).toBe('Video: M. Muster');
    expect(creditLine({ creator: '', type: 'image/jpeg' })).toBeNull();
  });
  it('names each creator of an item once', () => {
    let item = withImage(makeItem({ title: 'A' }), 'a.jpg', { creator: 'Stadt Taunusstein' });
    item = withImage(item, 'b.jpg', { creator: 'Stadt Taunusstein' });
    expect(itemCreditLine(item)).toBe('Foto: Stadt Taunusstein');
    item = withImage(item, 'c.jpg', { creator: 'J. Weber' });
    expect(itemCreditLine(item)).toBe('Fotos: Stadt Taunusstein, J. Weber');
  });
});
