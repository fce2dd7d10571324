import { useState } from 'preact/hooks';
import { setToken } from '../api';

/** Asks once for the token the server was started with; kept for this browser tab only. */
export function TokenForm({ onDone }: { onDone: () => void }) {
  const [value, setValue] = useState('');
  return (
    <section class="card narrow" aria-labelledby="token-title">
      <h1 id="token-title">Token required</h1>
      <p>This workbench was started with a token. Enter it to continue; it is kept for this tab only.</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!value.trim()) return;
          setToken(value.trim());
          onDone();
        }}
      >
        <label for="token">Token</label>
        <input id="token" type="password" autoComplete="off" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        <button type="submit" class="primary">
          Continue
        </button>
      </form>
    </section>
  );
}
