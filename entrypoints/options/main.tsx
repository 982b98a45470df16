import { render } from 'preact';
import '../../assets/styles/page.css';

function App() {
  return (
    <main>
      <h1>Social Web Tutor settings</h1>
    </main>
  );
}

render(<App />, document.getElementById('app')!);
