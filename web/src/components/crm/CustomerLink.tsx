import { customerHref } from '../../lib/navigation';

/** A customer's name linking to their page. */
export default function CustomerLink(props: { customer: { id: string; name: string }; testId: string }) {
  return (
    <a class="link" href={customerHref(props.customer.id)} data-testid={props.testId}>
      {props.customer.name}
    </a>
  );
}
