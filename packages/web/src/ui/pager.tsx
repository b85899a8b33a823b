import { formatNumber } from '../app/format';
import { t } from '../i18n';

interface Props {
  offset: number;
  limit: number;
  total: number;
  onPage: (offset: number) => void;
}

export function Pager({ offset, limit, total, onPage }: Props) {
  if (total === 0) return null;
  const from = offset + 1;
  const to = Math.min(offset + limit, total);
  return (
    <nav class="pager" aria-label={t('common.pages')}>
      <button
        type="button"
        class="button secondary"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - limit))}
      >
        {t('common.previous')}
      </button>
      <span>{t('common.range', { from: formatNumber(from), to: formatNumber(to), total: formatNumber(total) })}</span>
      <button type="button" class="button secondary" disabled={to >= total} onClick={() => onPage(offset + limit)}>
        {t('common.next')}
      </button>
    </nav>
  );
}
