// Image rights of one attachment: Urheber/Quelle, Nutzungsrecht, people and minors with consent and
// date. Every change is written at once (text fields when she leaves them), so the rights never
// depend on the editor's Speichern; the card's move check always sees what the form shows.
import { useEffect, useId, useRef, useState } from 'react';
import type { AttachmentChange } from '../../domain/attachmentEdits';
import { creditLine } from '../../domain/creditLine';
import { missingRights } from '../../domain/imageRights';
import { USAGE_RIGHTS, type Attachment, type UsageRight } from '../../domain/types';
import * as rightsMessages from '../../i18n/rights';
import { useViewStore } from '../../state/viewStore';
import { useAttachmentsT } from './useAttachmentsT';

interface Props {
  attachment: Attachment;
  onChange: (change: AttachmentChange) => Promise<void>;
}

/**
 * A text field that writes when she leaves it (or the dialog closes), not on every key. A change of
 * the stored value from elsewhere replaces the draft.
 */
function useCommittedText(value: string, commit: (text: string) => void) {
  const [draft, setDraft] = useState({ base: value, text: value });
  const text = draft.base === value ? draft.text : value;
  const latest = useRef({ text, value, commit });
  useEffect(() => {
    latest.current = { text, value, commit };
  });
  useEffect(
    () => () => {
      const { text: t, value: v, commit: c } = latest.current;
      if (t !== v) c(t);
    },
    [],
  );
  return {
    value: text,
    onChange: (event: { target: { value: string } }) => setDraft({ base: value, text: event.target.value }),
    onBlur: () => {
      if (text !== value) commit(text);
    },
  };
}

const toAnswer = (value: boolean | null) => (value === null ? '' : value ? 'yes' : 'no');
const fromAnswer = (value: string) => (value === '' ? null : value === 'yes');

/**
 * What she just chose, shown until the stored entry says the same (the write and the live query take
 * a moment; without this a checkbox would spring back until then). A failed write drops it again.
 */
function useOptimistic(stored: Attachment, write: (change: AttachmentChange) => Promise<void>) {
  const [overlay, setOverlay] = useState<AttachmentChange>({});
  const keys = Object.keys(overlay) as (keyof AttachmentChange)[];
  const settled = keys.filter((key) => overlay[key] === stored[key]);
  if (settled.length > 0) setOverlay(without(overlay, settled));
  const change = (patch: AttachmentChange) => {
    setOverlay((o) => ({ ...o, ...patch }));
    write(patch).catch(() => setOverlay((o) => without(o, Object.keys(patch) as (keyof AttachmentChange)[])));
  };
  return { shown: { ...stored, ...overlay } as Attachment, change };
}

function without(change: AttachmentChange, keys: (keyof AttachmentChange)[]): AttachmentChange {
  const rest = { ...change };
  for (const key of keys) delete rest[key];
  return rest;
}

export function RightsFields({ attachment: stored, onChange: write }: Props) {
  const { shown: a, change: onChange } = useOptimistic(stored, write);
  const rightsText = rightsMessages[useViewStore((s) => s.language)];
  const at = useAttachmentsT();
  const id = useId();
  const creator = useCommittedText(a.creator, (creator) => onChange({ creator }));
  const note = useCommittedText(a.usageNote, (usageNote) => onChange({ usageNote }));
  const missing = missingRights(a);
  const credit = creditLine(a);
  const [copied, setCopied] = useState(false);

  const answer = (label: string, field: 'peopleRecognisable' | 'minorsShown', fieldId: string) => (
    <div className="editor-field">
      <label htmlFor={fieldId}>{label}</label>
      <select
        id={fieldId}
        value={toAnswer(a[field])}
        onChange={(event) => onChange({ [field]: fromAnswer(event.target.value) })}
      >
        <option value="">{at.answer.unset}</option>
        <option value="yes">{at.answer.yes}</option>
        <option value="no">{at.answer.no}</option>
      </select>
    </div>
  );

  const consent = (
    label: string,
    dateLabel: string,
    field: 'peopleConsent' | 'guardianConsent',
    dateField: 'peopleConsentDate' | 'guardianConsentDate',
    dateId: string,
  ) => (
    <div className="editor-row attachment-consent">
      <label className="editor-check">
        <input
          type="checkbox"
          checked={a[field]}
          onChange={(event) => onChange({ [field]: event.target.checked })}
        />
        {label}
      </label>
      <div className="editor-field">
        <label htmlFor={dateId}>{dateLabel}</label>
        <input
          id={dateId}
          type="date"
          value={a[dateField] ?? ''}
          onChange={(event) =>
            onChange({ [dateField]: event.target.value === '' ? null : event.target.value })
          }
        />
      </div>
    </div>
  );

  return (
    <fieldset className="editor-fieldset attachment-rights">
      <legend>{at.rightsLegend(a.name)}</legend>
      <div className="editor-row">
        <div className="editor-field">
          <label htmlFor={`${id}-creator`}>{at.creator}</label>
          <input id={`${id}-creator`} type="text" aria-describedby={`${id}-creator-hint`} {...creator} />
          <span id={`${id}-creator-hint`} className="editor-muted">
            {at.creatorHint}
          </span>
        </div>
        <div className="editor-field">
          <label htmlFor={`${id}-usage`}>{at.usage}</label>
          <select
            id={`${id}-usage`}
            value={a.usage ?? ''}
            onChange={(event) =>
              onChange({ usage: event.target.value === '' ? null : (event.target.value as UsageRight) })
            }
          >
            <option value="">{at.usageChoose}</option>
            {USAGE_RIGHTS.map((right) => (
              <option key={right} value={right}>
                {at.usageOptions[right]}
              </option>
            ))}
          </select>
        </div>
        {a.usage === 'agency' && (
          <div className="editor-field">
            <label htmlFor={`${id}-note`}>{at.usageNote}</label>
            <input id={`${id}-note`} type="text" {...note} />
          </div>
        )}
      </div>
      <div className="editor-row">
        {answer(at.people, 'peopleRecognisable', `${id}-people`)}
        {answer(at.minors, 'minorsShown', `${id}-minors`)}
      </div>
      {a.peopleRecognisable &&
        consent(at.peopleConsent, at.peopleConsentDate, 'peopleConsent', 'peopleConsentDate', `${id}-pdate`)}
      {a.minorsShown &&
        consent(
          at.guardianConsent,
          at.guardianConsentDate,
          'guardianConsent',
          'guardianConsentDate',
          `${id}-gdate`,
        )}
      <p className={missing.length ? 'attachment-missing' : 'attachment-cleared'}>
        <span aria-hidden="true">{missing.length ? '⚠ ' : '✓ '}</span>
        {missing.length ? at.missing(missing.map((m) => rightsText.missing[m]).join(', ')) : at.cleared}
      </p>
      {credit && (
        <div className="editor-field">
          <label htmlFor={`${id}-credit`}>{at.credit}</label>
          <div className="editor-inline">
            <input id={`${id}-credit`} type="text" readOnly value={credit} />
            <button
              type="button"
              onClick={() => {
                void navigator.clipboard?.writeText(credit).then(
                  () => setCopied(true),
                  () => undefined,
                );
              }}
            >
              {at.copy}
            </button>
          </div>
          <span role="status" className="editor-muted">
            {copied ? at.copied : ''}
          </span>
        </div>
      )}
    </fieldset>
  );
}
