import Brand from './Brand';
import { ErrorBanner } from './crm/Notice';

/** The whole-page wait of a signed-in shell (CRM, client portal, ops portal). */
export function ShellLoading(props: { message: string; testId: string }) {
  return (
    <div class="flex min-h-dvh items-center justify-center" data-testid={props.testId} aria-busy="true">
      <div class="flex items-center gap-3 text-sm text-slate-600">
        <span class="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-brand-600" aria-hidden="true" />
        {props.message}
      </div>
    </div>
  );
}

/** The whole-page failure of a signed-in shell, with a way to try again. */
export function ShellFailure(props: { message: string; onRetry: () => void; testId: string }) {
  return (
    <div class="flex min-h-dvh flex-col items-center justify-center gap-6 px-4" data-testid={props.testId}>
      <Brand />
      <div class="w-full max-w-lg">
        <ErrorBanner message={props.message} onRetry={props.onRetry} />
      </div>
    </div>
  );
}
