import { createSignal } from 'solid-js';
import { ApiError } from './api';
import { compactErrors, describeFailure, type FieldErrors } from './forms';

/**
 * What every CRM form keeps: the values as typed, a message per field and one for the form,
 * and whether a save is running. `clearOnInput` drops a field's message as soon as it is edited.
 *
 * @example
 * const form = createFormState({ name: '', email: '' });
 * <TextField id="customer-name" label="Name" {...form.field('name')} />
 * const submit = form.onSubmit(async () => {
 *   if (!form.check({ name: checkName(form.values().name, 'Name') })) return;
 *   const saved = await form.save(() => api<Customer>('/customers', { method: 'POST', body }), FIELDS);
 * });
 */
export function createFormState<V extends Record<string, string>>(initial: V, options: { clearOnInput?: boolean } = {}) {
  const [values, setValues] = createSignal<V>(initial);
  const [errors, setErrors] = createSignal<FieldErrors>({});
  const [formError, setFormError] = createSignal('');
  const [saving, setSaving] = createSignal(false);

  const set = (patch: Partial<V>) => setValues(() => ({ ...values(), ...patch }));
  const clearError = (name: string) => {
    if (!errors()[name]) return;
    const { [name]: _gone, ...rest } = errors();
    setErrors(rest);
  };

  /** Props for a field component: its value, its message (under `errorKey`) and `onValue`. Getters keep a spread reactive. */
  const field = (name: keyof V & string, errorKey: string = name) => ({
    get value() {
      return values()[name];
    },
    get error() {
      return errors()[errorKey];
    },
    onValue: (value: string) => {
      set({ [name]: value } as Partial<V>);
      if (options.clearOnInput) clearError(errorKey);
    },
  });

  /**
   * The form's submit handler: no page load, nothing while a save runs, the last message
   * cleared, then `run`.
   */
  const onSubmit = (run: () => unknown) => (event: SubmitEvent) => {
    event.preventDefault();
    if (saving()) return;
    setFormError('');
    void run();
  };

  /** Shows the messages a check found (blank ones are dropped); true when there are none. */
  const check = (found: Record<string, string | undefined>) => {
    const messages = compactErrors(found);
    setErrors(messages);
    return Object.keys(messages).length === 0;
  };

  /**
   * Runs a save. On failure it shows the API's messages beside `fields` and one line on the
   * form (`serverMessage`: the API's own sentence, when it says more than “fix the fields”;
   * `onError` places messages the fields cannot show), and answers undefined. On success
   * `saving()` stays true while the form closes.
   */
  const save = async <T>(request: () => Promise<T>, fields: readonly string[], options: { serverMessage?: boolean; onError?: (error: unknown) => void } = {}): Promise<T | undefined> => {
    setSaving(true);
    try {
      return await request();
    } catch (error) {
      options.onError?.(error);
      const failure = describeFailure(error, fields);
      setErrors(failure.fields);
      setFormError(options.serverMessage && error instanceof ApiError ? error.message : failure.message);
      setSaving(false);
      return undefined;
    }
  };

  return { values, set, field, errors, setErrors, clearError, formError, setFormError, saving, setSaving, onSubmit, check, save };
}
