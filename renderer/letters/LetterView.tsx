// One letter on an A4 sheet: letterhead, the address where the window envelope shows it, place and
// date, subject, salutation, body, amounts right-aligned, closing and signature. Printing hides the
// app around it (styles.css) and gives every letter of a batch its own page (letters.css).
import { Fragment } from 'react';
import { formatEuro } from '../format';
import { LETTER_LABELS, type LetterBlock, type LetterModel, type LetterTable } from '../../domain/letters/model';
import './letters.css';

export function LetterView({ letter }: { letter: LetterModel }) {
  const head = letter.letterhead;
  // Headings follow the page's h1: under the dossier's h2 title one level deeper.
  const heading = letter.recipient ? 'h2' : 'h3';
  return (
    <article className="letter-sheet" data-letter-type={letter.type} aria-label={`${letter.subject} — ${letter.debtor.name}`}>
      <header className="letter-head">
        <div className="letter-brand">{head.name}</div>
        <address className="letter-company">
          {head.addressLine}
          <br />
          {head.postcode} {head.city}
          {head.phone && (<><br />{LETTER_LABELS.phone} {head.phone}</>)}
          {head.email && (<><br />{head.email}</>)}
          <br />
          {LETTER_LABELS.iban} {head.iban}
          <br />
          {LETTER_LABELS.kvk} {head.kvk}
        </address>
      </header>
      {letter.recipient && (
        <div className="letter-window">
          <div className="letter-return">{letter.returnAddress}</div>
          <address className="letter-recipient" data-testid="letter-recipient">
            {letter.recipient.name}
            {letter.recipient.attention && (<><br />{letter.recipient.attention}</>)}
            <br />
            {letter.recipient.addressLine}
            <br />
            {letter.recipient.postcode} {letter.recipient.city}
          </address>
        </div>
      )}
      <div className="letter-meta">
        <p className="letter-place-date">{letter.placeAndDate}</p>
        <dl className="letter-refs">
          {letter.references.map((r) => (
            <Fragment key={r.label}>
              <dt>{r.label}</dt>
              <dd>{r.value}</dd>
            </Fragment>
          ))}
        </dl>
      </div>
      {letter.recipient ? (
        <p className="letter-subject">
          <strong>
            {LETTER_LABELS.subject}: {letter.subject}
          </strong>
        </p>
      ) : (
        // Not posted (the hand-over dossier): a title instead of the window address and the subject line.
        <h2 className="letter-doc-title">{letter.subject}</h2>
      )}
      <p>{letter.salutation}</p>
      {letter.blocks.map((b, i) => (
        <Block key={i} block={b} Heading={heading} />
      ))}
      <div className="letter-closing">
        <p className="letter-closing-words">{letter.closing}</p>
        <p className="letter-signature">
          {letter.signature.company}
          <span className="letter-signature-space" aria-hidden="true" />
          {letter.signature.name}
          <br />
          {letter.signature.role}
        </p>
      </div>
      {letter.appendix.map((b, i) => (
        <Block key={`a${i}`} block={b} Heading={heading} />
      ))}
    </article>
  );
}

/** No line break between "€" and its amount, or "art." and its number. */
function keepTogether(text: string): string {
  return text.replace(/€ /g, '€\u00a0').replace(/\bart\. /g, 'art.\u00a0');
}

/** A posted letter's subject is a line, not a heading, so its sections are the first level below the page's (axe heading-order). */
function Block({ block, Heading }: { block: LetterBlock; Heading: 'h2' | 'h3' }) {
  switch (block.kind) {
    case 'paragraph':
      return <p className={block.strong ? 'letter-strong' : undefined}>{keepTogether(block.text)}</p>;
    case 'heading':
      return <Heading className="letter-heading">{block.text}</Heading>;
    case 'list':
      return (
        <ul className="letter-list">
          {block.items.map((item, i) => (
            <li key={i}>{keepTogether(item)}</li>
          ))}
        </ul>
      );
    case 'table':
      return <AmountTable table={block.table} />;
    case 'facts':
      return (
        <dl className="letter-facts">
          {block.items.map((f) => (
            <Fragment key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </Fragment>
          ))}
        </dl>
      );
    case 'signatureLines':
      return (
        <section className="letter-sign-box">
          <Heading className="letter-heading">{block.title}</Heading>
          {block.lines.map((l) => (
            <div key={l} className="letter-sign-line">
              <span>{l}</span>
              <span className="letter-sign-rule" />
            </div>
          ))}
        </section>
      );
  }
}

function AmountTable({ table }: { table: LetterTable }) {
  const align = (i: number) => (table.columns[i]?.align === 'right' ? 'num' : undefined);
  return (
    <table className="letter-table">
      <caption>{table.caption}</caption>
      <thead>
        <tr>
          {table.columns.map((c, i) => (
            <th key={i} scope="col" className={align(i)}>
              {c.label}
            </th>
          ))}
          <th scope="col" className="num">
            {table.amountHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r, i) => (
          <tr key={i}>
            {r.cells.map((c, j) => (
              <td key={j} className={align(j)}>
                {c}
              </td>
            ))}
            <td className="num">{formatEuro(r.cents)}</td>
          </tr>
        ))}
      </tbody>
      {table.total && (
        <tfoot>
          <tr>
            <th scope="row" colSpan={Math.max(1, table.columns.length)}>
              {table.total.label}
            </th>
            <td className="num">{formatEuro(table.total.cents)}</td>
          </tr>
        </tfoot>
      )}
    </table>
  );
}
