import type { ComponentChildren, InputHTMLAttributes } from 'preact';

/** What a field hands its control: spread it onto the `<input>`, `<select>` or `<textarea>`. */
export interface FieldControl {
  id: string;
  required: boolean | undefined;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  dir: 'ltr' | undefined;
}

export interface FieldProps {
  /** The control's id; the hint is `<id>-hint`, the error `<id>-error`. */
  id: string;
  label: ComponentChildren;
  /** Help under the control, read out with it (`aria-describedby`). */
  hint?: ComponentChildren;
  /** Ids of help shown elsewhere that also describes this control (one hint under two fields). */
  describedBy?: string;
  /** Why the value was refused: shown under the control, which is marked `aria-invalid`. */
  error?: ComponentChildren;
  /** Sets `required` on the control and shows a mark after the label. */
  required?: boolean;
  /**
   * A value that reads left to right whatever the page's language (phone, email, login, code):
   * in Urdu "+92 300 1234567" would otherwise have its plus sign and groups reordered.
   */
  ltr?: boolean;
  /** Extra classes for the wrapper (e.g. `inline-field`). */
  class?: string;
  children: (control: FieldControl) => ComponentChildren;
}

const joinIds = (...ids: (string | false | null | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined;

/**
 * One labelled form control with its hint and its error, tied together for screen readers. The
 * layout uses logical properties only (app.css `.field`), so it mirrors in Urdu as it is.
 *
 * `<Field id="p-years" label={t('person.experienceYears')}>{(c) => <select {...c}>…</select>}</Field>`
 */
export function Field({ id, label, hint, describedBy, error, required, ltr, class: extra, children }: FieldProps) {
  const hintId = hint ? `${id}-hint` : null;
  const errorId = error ? `${id}-error` : null;
  const control: FieldControl = {
    id,
    required: required || undefined,
    'aria-describedby': joinIds(hintId, describedBy, errorId),
    'aria-invalid': error ? true : undefined,
    dir: ltr ? 'ltr' : undefined,
  };
  return (
    <div class={extra ? `field ${extra}` : 'field'}>
      <label for={id}>
        {label}
        {/* The control's `required` tells screen readers; the mark, drawn by app.css, is for the eye only. */}
        {required && <span class="required-mark" aria-hidden="true" />}
      </label>
      {children(control)}
      {hint && (
        <p id={hintId ?? undefined} class="help">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId ?? undefined} class="alert alert-error field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

type InputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'value' | 'onInput' | 'required' | 'dir' | 'children' | 'class' | 'label'
>;

export interface TextFieldProps extends Omit<FieldProps, 'children'>, InputProps {
  value: string;
  /** The text as typed, on every keystroke. */
  onValue: (value: string) => void;
}

/** A `<Field>` around an `<input>` (text, search, tel, email, number, date, password). */
export function TextField({
  id,
  label,
  hint,
  describedBy,
  error,
  required,
  ltr,
  class: extra,
  value,
  onValue,
  ...input
}: TextFieldProps) {
  return (
    <Field
      id={id}
      label={label}
      hint={hint}
      describedBy={describedBy}
      error={error}
      required={required}
      ltr={ltr}
      class={extra}
    >
      {(control) => <input {...input} {...control} value={value} onInput={(e) => onValue(e.currentTarget.value)} />}
    </Field>
  );
}

interface ChoicesProps<T extends string> {
  /** The question, read out before each choice. */
  legend: ComponentChildren;
  /** The radios' shared `name`. */
  name: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  /** The text of one choice (with its help, if any). */
  label: (option: T) => ComponentChildren;
}

/** One of a few choices, as radios in a `<fieldset>`: each a whole-row tap target on a phone. */
export function Choices<T extends string>({ legend, name, options, value, onChange, label }: ChoicesProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label class="choice" key={option}>
          <input type="radio" name={name} value={option} checked={value === option} onChange={() => onChange(option)} />
          <span>{label(option)}</span>
        </label>
      ))}
    </fieldset>
  );
}
