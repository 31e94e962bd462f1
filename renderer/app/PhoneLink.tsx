// A phone number as a tel: link, so a softphone dials it (issue 11 point 13). From the debtor file the
// same click opens the call screen: dialling is starting the call.
import { useT } from '../i18n';
import { navigate } from './router';
import { telHref } from '../../domain/phone';

export function PhoneLink({ number, startsCallWith }: { number: string; startsCallWith?: number }) {
  const t = useT();
  const href = telHref(number);
  if (!href) return <>{number}</>;
  return (
    <a
      href={href}
      className="phone"
      title={t(startsCallWith === undefined ? 'debtor.dial' : 'debtor.dialAndCall', { number })}
      onClick={() => startsCallWith !== undefined && navigate({ name: 'call', id: startsCallWith })}
    >
      {number}
    </a>
  );
}
