import ExpenseList from './ExpenseList';
import CrmShell from '../CrmShell';

export default function ExpensesPage() {
  return <CrmShell section="expenses">{(workspace) => <ExpenseList workspace={workspace} />}</CrmShell>;
}
