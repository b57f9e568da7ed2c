import { startTransition, type FormEvent } from "react";

/**
 * An onSubmit for a form whose action is useActionState's: it dispatches the action itself, so React
 * does not reset the form when the answer comes. What the person typed stays, also what they typed
 * while the answer was on its way (a reset would put the refused value back over it). Without
 * JavaScript the form still posts to the same action.
 */
export function submitWithoutReset(formAction: (data: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
}
