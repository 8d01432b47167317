import SearchPicker from './SearchPicker';
import { api } from '../../lib/api';
import type { Customer, Paged } from '../../lib/types';

/** A chosen customer: enough to show and to send its id. */
export type CustomerChoice = { id: string; name: string };

interface CustomerPickerProps {
  id: string;
  label?: string;
  value: CustomerChoice | undefined;
  onChange: (customer: CustomerChoice | undefined) => void;
  /** See `SearchPicker`: a filter names its clear button (“Any customer”). */
  clearLabel?: string;
  error?: string;
  disabled?: boolean;
}

/** Finds a customer by name, email or phone. */
export default function CustomerPicker(props: CustomerPickerProps) {
  const search = async (text: string, signal: AbortSignal) => {
    const page = await api<Paged<Customer>>('/customers', { query: { search: text, pageSize: 8 }, signal });
    return page.data.map((customer) => ({ id: customer.id, name: customer.name, detail: customer.address ?? customer.email ?? customer.phone }));
  };
  return (
    <SearchPicker
      id={props.id}
      label={props.label ?? 'Customer'}
      noun="customer"
      placeholder="Search by name, email or phone"
      value={props.value}
      onChange={(option) => props.onChange(option && { id: option.id, name: option.name })}
      search={search}
      emptyText={(query) => (query ? `No customer matches “${query}”. Add them under Customers first.` : 'No customers yet. Add one under Customers first.')}
      clearLabel={props.clearLabel}
      error={props.error}
      disabled={props.disabled}
      optionTestId="customer-option"
    />
  );
}
