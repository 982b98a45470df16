import { render } from 'preact';
import '../../assets/styles/page.css';

function App() {
  return (
    <main>
      <h1>Practice dashboard</h1>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
