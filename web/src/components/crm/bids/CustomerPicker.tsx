import SearchPicker from './SearchPicker';
import { api } from '../../../lib/api';
import type { Customer, Paged } from '../../../lib/types';
import type { CustomerRef } from '../../../lib/types/bids';

interface CustomerPickerProps {
  id: string;
  value: CustomerRef | undefined;
  onChange: (customer: CustomerRef | undefined) => void;
  error?: string;
  disabled?: boolean;
}

/** Finds a customer by name, email or phone. */
export default function CustomerPicker(props: CustomerPickerProps) {
  const found = new Map<string, CustomerRef>();
  const search = async (text: string, signal: AbortSignal) => {
    const page = await api<Paged<Customer>>('/customers', { query: { search: text, pageSize: 8 }, signal });
    for (const customer of page.data) found.set(customer.id, { id: customer.id, name: customer.name, email: customer.email });
    return page.data.map((customer) => ({ id: customer.id, name: customer.name, detail: customer.email ?? customer.phone }));
  };
  return (
    <SearchPicker
      id={props.id}
      label="Customer"
      noun="customer"
      placeholder="Search by name, email or phone"
      value={props.value}
      onChange={(option) => props.onChange(option ? found.get(option.id) : undefined)}
      search={search}
      emptyText={(query) => (query ? `No customer matches “${query}”. Add them under Customers first.` : 'No customers yet. Add one under Customers first.')}
      error={props.error}
      disabled={props.disabled}
      optionTestId="customer-option"
    />
  );
}
