import { parseDecimalNumber, parseWholeNumber } from '@mentora/core/names';
import { t } from '../i18n';
import { TextField, type TextFieldProps } from './field';

/**
 * A number as typed: `null` for an empty field, `'unreadable'` for text that is not a number, else
 * the number. Digits of any script count (Urdu "۱۲", Arabic-Indic "١٢"), and a decimal may use a
 * point, a comma or "٫" (issue 10, kind 2). An unreadable number must never be sent as `null`: a
 * screen that gets `'unreadable'` keeps the form open and the field says why.
 */
export function readNumber(text: string, decimal = false): number | null | 'unreadable' {
  if (text.trim() === '') return null;
  return (decimal ? parseDecimalNumber(text) : parseWholeNumber(text)) ?? 'unreadable';
}

/** The error a numeric field shows for what was typed, or undefined while it reads as a number. */
export function numberError(text: string, decimal = false): string | undefined {
  return readNumber(text, decimal) === 'unreadable' ? t('common.notANumber') : undefined;
}

type Props = Omit<TextFieldProps, 'type' | 'inputMode' | 'error'> & {
  /** Allows a decimal mark (contact hours); whole numbers otherwise. */
  decimal?: boolean;
  /** An error from the server, shown when the text itself reads as a number. */
  error?: TextFieldProps['error'];
};

/**
 * A numeric `<TextField>`, not an HTML number input: Chromium's number input drops Urdu and Arabic-Indic
 * digits and hands the page an empty value, which a form then sends as `null` and clears the
 * stored number. This field keeps the text as typed and reads it with core's `parseWholeNumber`.
 */
export function NumberField({ decimal, error, value, ...rest }: Props) {
  return (
    <TextField
      {...rest}
      type="text"
      inputMode={decimal ? 'decimal' : 'numeric'}
      autoComplete="off"
      value={value}
      error={numberError(value, decimal) ?? error}
    />
  );
}
