// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Options } from '../../../components/options/Options';
import { disposeI18n } from '../../../lib/i18n';
import { I18nProvider } from '../../../lib/i18n/preact';
import { locale, packs, preElection, privacy, profile, tipLevel, type Locale } from '../../../lib/settings/items';
import { optionsHarness, pack } from './harness';

afterEach(() => {
  cleanup();
  disposeI18n();
});

function show(api: Parameters<typeof Options>[0]['api'], fixed?: Locale) {
  return render(
    <I18nProvider locale={fixed}>
      <Options api={api} />
    </I18nProvider>,
  );
}

const section = (name: string) => screen.getByRole('region', { name });
const file = (text: string, name = 'pack.json') => new File([text], name, { type: 'application/json' });

describe('options: sections and live saving', () => {
  it('shows every section, with a heading and a link to it', async () => {
    show(optionsHarness().api, 'en');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    await screen.findByRole('region', { name: 'Language' });
    const names = ['Language', 'Your profile', 'Tips', 'Pre-election period', 'Sites', 'Tip packs', 'Privacy and your data'];
    for (const name of names) expect(section(name)).toBeTruthy();
    const nav = screen.getByRole('navigation', { name: 'Sections' });
    expect(within(nav).getAllByRole('link').map((a) => a.getAttribute('href'))).toEqual([
      '#language',
      '#profile',
      '#tips',
      '#election',
      '#sites',
      '#packs',
      '#privacy',
    ]);
  });

  it('saves the profile and the role', async () => {
    show(optionsHarness().api, 'en');
    const name = await screen.findByLabelText('Your name');
    fireEvent.input(name, { target: { value: '  Siân  ' } });
    fireEvent.change(name);
    await waitFor(async () => expect((await profile.getValue()).displayName).toBe('Siân'));
    fireEvent.click(screen.getByLabelText('Mentor'));
    await waitFor(async () => expect((await profile.getValue()).role).toBe('mentor'));
    expect(within(section('Your profile')).getByRole('status').textContent).toBe('Saved');
  });

  it('saves the tip level, and each choice says what it means', async () => {
    show(optionsHarness().api, 'en');
    const off = await screen.findByLabelText('Off');
    expect(off.getAttribute('aria-describedby')).toBe('tipLevel-off-hint');
    expect(document.getElementById('tipLevel-off-hint')!.textContent).toBe('No tips. Your practice is still recorded.');
    fireEvent.click(off);
    await waitFor(async () => expect(await tipLevel.getValue()).toBe('off'));
  });

  it('keeps the learner’s choice while it is saving, even when another setting re-renders the page meanwhile', async () => {
    const { api } = optionsHarness();
    let land!: () => void;
    const slow = { ...api, setTipLevel: (l: Parameters<typeof api.setTipLevel>[0]) => new Promise<void>((r) => (land = () => void api.setTipLevel(l).then(r))) };
    show(slow, 'en');
    const off = (await screen.findByLabelText('Off')) as HTMLInputElement;
    fireEvent.click(off);
    expect(off.checked).toBe(true);
    // Another setting changes before the tip level is saved: the page reloads the settings, still "more".
    await privacy.setValue({ ...(await privacy.getValue()), recordPath: true });
    await waitFor(() => expect((screen.getByLabelText(/Also record the page path/) as HTMLInputElement).checked).toBe(true));
    expect(off.checked).toBe(true);
    land();
    await waitFor(async () => expect(await tipLevel.getValue()).toBe('off'));
    expect(off.checked).toBe(true);
  });

  it('puts the radio back and says why when saving fails', async () => {
    const { api } = optionsHarness();
    show({ ...api, setTipLevel: () => Promise.reject(new Error('storage is full')) }, 'en');
    const off = (await screen.findByLabelText('Off')) as HTMLInputElement;
    fireEvent.click(off);
    await waitFor(() => expect(within(section('Tips')).getByRole('status').textContent).toBe('Something went wrong: storage is full'));
    expect(off.checked).toBe(false);
    expect((screen.getByLabelText('More') as HTMLInputElement).checked).toBe(true);
  });

  it('follows a change made elsewhere (the popup, another tab) without reloading', async () => {
    show(optionsHarness().api, 'en');
    const more = (await screen.findByLabelText('More')) as HTMLInputElement;
    expect(more.checked).toBe(true);
    await tipLevel.setValue('fewer');
    await waitFor(() => expect((screen.getByLabelText('Fewer') as HTMLInputElement).checked).toBe(true));
  });

  it('switches the whole page to Welsh when Cymraeg is chosen', async () => {
    show(optionsHarness().api);
    const cymraeg = await screen.findByLabelText('Cymraeg');
    expect(cymraeg.closest('div')!.querySelector('label')!.getAttribute('lang')).toBe('cy');
    fireEvent.click(cymraeg);
    await screen.findByRole('heading', { level: 1, name: 'Gosodiadau' });
    expect(await locale.getValue()).toBe('cy');
    expect(screen.getByRole('region', { name: 'Iaith' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Cyfnod cyn etholiad' })).toBeTruthy();
  });
});

describe('options: pre-election period', () => {
  it('refuses an end before the start, on the end field, and saves nothing', async () => {
    show(optionsHarness().api, 'en');
    fireEvent.input(await screen.findByLabelText('Start date'), { target: { value: '2027-05-06' } });
    fireEvent.input(screen.getByLabelText('End date'), { target: { value: '2027-03-25' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save dates' }));
    const end = await screen.findByLabelText('End date');
    await waitFor(() => expect(end.getAttribute('aria-invalid')).toBe('true'));
    expect(document.getElementById(end.getAttribute('aria-describedby')!)!.textContent).toBe('The end date must be after the start date.');
    expect(document.activeElement).toBe(end);
    expect(await preElection.getValue()).toBeNull();
  });

  it('asks for both dates', async () => {
    show(optionsHarness().api, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Save dates' }));
    expect(await screen.findByText('Enter both a start date and an end date.')).toBeTruthy();
    expect(screen.getByLabelText('Start date').getAttribute('aria-invalid')).toBe('true');
  });

  it('saves valid dates, shows them in words, and clears them', async () => {
    show(optionsHarness().api, 'en');
    fireEvent.input(await screen.findByLabelText('Start date'), { target: { value: '2027-03-25' } });
    fireEvent.input(screen.getByLabelText('End date'), { target: { value: '2027-05-06' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save dates' }));
    await waitFor(async () => expect(await preElection.getValue()).toEqual({ start: '2027-03-25', end: '2027-05-06' }));
    expect(await screen.findByText('Set from 25 March 2027 to 6 May 2027.')).toBeTruthy();
    expect(screen.getByLabelText('End date').getAttribute('aria-invalid')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Clear dates' }));
    await waitFor(async () => expect(await preElection.getValue()).toBeNull());
    expect(await screen.findByText('No dates set.')).toBeTruthy();
  });
});

describe('options: sites with access granted', () => {
  it('lists them; removing one unregisters the script and withdraws the permission', async () => {
    const h = optionsHarness({ granted: ['https://blog.example.gov.uk/*', 'https://social.example.org/*'] });
    await h.access.reconcile();
    show(h.api, 'en');
    const sites = await screen.findByRole('region', { name: 'Sites' });
    await within(sites).findByText('https://blog.example.gov.uk');
    expect(within(sites).getByText('https://social.example.org')).toBeTruthy();
    fireEvent.click(within(sites).getByRole('button', { name: 'Remove https://blog.example.gov.uk' }));
    await within(sites).findByText('Removed https://blog.example.gov.uk.');
    expect(within(sites).queryByText('https://blog.example.gov.uk')).toBeNull();
    expect(h.fake.granted.has('https://blog.example.gov.uk/*')).toBe(false);
    expect([...h.fake.scripts.keys()]).toEqual(['swt-site:https://social.example.org/*']);
  });

  it('shows a site granted from the browser’s own menu without a reload', async () => {
    const h = optionsHarness();
    show(h.api, 'en');
    const sites = await screen.findByRole('region', { name: 'Sites' });
    await within(sites).findByText(/No other sites yet/);
    h.fake.browserGrants('https://new.example.org/*');
    expect(await within(sites).findByText('https://new.example.org')).toBeTruthy();
  });
});

describe('options: tip packs', () => {
  async function importText(text: string) {
    const input = (await screen.findByLabelText('Import a tip pack (JSON file)')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file(text)], configurable: true });
    fireEvent.change(input);
  }

  it('imports a valid pack, lists it, replaces it on re-import, and removes it', async () => {
    show(optionsHarness().api, 'en');
    await importText(JSON.stringify(pack()));
    expect(await screen.findByText('Imported Our council’s tips.')).toBeTruthy();
    expect(await screen.findByText('Our council’s tips (1 tip, en)')).toBeTruthy();
    expect((await packs.getValue()).imported).toHaveLength(1);

    await importText(JSON.stringify(pack({ name: 'Our council’s tips v2' })));
    expect(await screen.findByText('Replaced Our council’s tips v2 with the new version.')).toBeTruthy();
    expect((await packs.getValue()).imported).toHaveLength(1);

    fireEvent.click(await screen.findByRole('button', { name: 'Remove Our council’s tips v2' }));
    expect(await screen.findByText('No imported packs.')).toBeTruthy();
    expect((await packs.getValue()).imported).toEqual([]);
  });

  it('refuses a pack with bad fields, naming each field’s path, and stores nothing', async () => {
    show(optionsHarness().api, 'en');
    const bad = pack({}, [{ ...pack().tips[0]!, body: '', source: { name: 'x', url: 'javascript:alert(1)' } }]);
    await importText(JSON.stringify(bad));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('This pack was not imported');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items.some((t) => t!.startsWith('tips[0].body:'))).toBe(true);
    expect(items.some((t) => t!.startsWith('tips[0].source.url:'))).toBe(true);
    expect((await packs.getValue()).imported).toEqual([]);
  });

  it('says when the file is not JSON', async () => {
    show(optionsHarness().api, 'en');
    await importText('{ not json');
    expect((await screen.findByRole('alert')).textContent).toMatch(/The file is not valid JSON:/);
  });

  it('shows markup in a pack as inert text', async () => {
    show(optionsHarness().api, 'en');
    await importText(JSON.stringify(pack({ name: '<img src=x onerror=alert(1)>' })));
    expect(await screen.findByText('<img src=x onerror=alert(1)> (1 tip, en)')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('turns the built-in tips off and on', async () => {
    show(optionsHarness().api, 'en');
    const box = (await screen.findByLabelText('Use the built-in tips')) as HTMLInputElement;
    expect(box.checked).toBe(true);
    fireEvent.click(box);
    await waitFor(async () => expect((await packs.getValue()).builtinEnabled).toBe(false));
  });
});

describe('options: privacy', () => {
  it('explains what is recorded and what never is', async () => {
    show(optionsHarness().api, 'en');
    const region = await screen.findByRole('region', { name: 'Privacy and your data' });
    expect(within(region).getByText(/The words you type into a site/)).toBeTruthy();
    expect(within(region).getByText(/Nothing is sent anywhere/)).toBeTruthy();
  });

  it('asks for persistent storage the first time only, and says what the browser answered', async () => {
    const asked: string[] = [];
    let granted = true;
    const storage = {
      persist: async () => (asked.push('persist'), granted),
      persisted: async () => (asked.push('persisted'), granted),
    };
    const h = optionsHarness({}, storage);
    show(h.api, 'en');
    expect(await screen.findByText(/has agreed to keep your practice log/)).toBeTruthy();
    expect(asked).toEqual(['persist']);
    expect(h.persistence()).toMatchObject({ granted: true, asked: true });
    cleanup();

    // Later visits never ask again (persist() may prompt); they re-read the answer, which the learner may have changed.
    granted = false;
    show(h.api, 'en');
    expect(await screen.findByText(/may clear your practice log/)).toBeTruthy();
    expect(asked).toEqual(['persist', 'persisted']);
    expect(h.persistence()).toMatchObject({ granted: false, asked: true });
  });

  it('with unlimitedStorage granted the log is kept even when persist() says no (Chromium)', async () => {
    show(optionsHarness({}, { persist: async () => false, persisted: async () => false }, true).api, 'en');
    expect(await screen.findByText(/as much space as it needs, and does not clear its practice log/)).toBeTruthy();
  });

  it('says when the browser will not tell, and a refusal to answer loses nothing', async () => {
    show(optionsHarness({}, undefined).api, 'en');
    expect(await screen.findByText(/does not say whether it keeps your practice log/)).toBeTruthy();
    cleanup();
    const h = optionsHarness({}, { persist: () => Promise.reject(new Error('denied by policy')) });
    show(h.api, 'cy');
    expect(await screen.findByText(/Dydy’r porwr hwn ddim yn dweud/)).toBeTruthy();
    expect(h.persistence()).toEqual({ granted: null, asked: false, at: null });
  });

  it('saves the path option and the retention', async () => {
    show(optionsHarness().api, 'en');
    fireEvent.click(await screen.findByLabelText(/Also record the page path/));
    await waitFor(async () => expect((await privacy.getValue()).recordPath).toBe(true));
    const select = screen.getByLabelText('Keep my practice for') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Until I delete it', '3 months', '6 months', '12 months', '24 months']);
    fireEvent.change(select, { target: { value: '12' } });
    await waitFor(async () => expect((await privacy.getValue()).retentionMonths).toBe(12));
  });

  it('exports, and says which file it saved', async () => {
    const h = optionsHarness();
    show(h.api, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Export (.practice.json)' }));
    expect(await screen.findByText('Saved learner.practice.json.')).toBeTruthy();
    expect(h.calls).toEqual(['export:json']);
  });

  it('deletes everything only after a confirmation; Cancel keeps everything', async () => {
    const h = optionsHarness();
    show(h.api, 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete everything' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete everything?' });
    expect((dialog as HTMLDialogElement).open).toBe(true);
    expect(dialog.getAttribute('aria-describedby')).toBe('confirm-body');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect((dialog as HTMLDialogElement).open).toBe(false));
    expect(h.calls).toEqual([]);

    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect((dialog as HTMLDialogElement).open).toBe(true));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, delete everything' }));
    expect(await screen.findByText('Everything was deleted.')).toBeTruthy();
    expect(h.calls).toEqual(['deleteEverything']);
  });
});

describe('options in Welsh', () => {
  it('shows the sections, choices and errors in Welsh', async () => {
    show(optionsHarness().api, 'cy');
    await screen.findByRole('region', { name: 'Iaith' });
    for (const name of ['Iaith', 'Eich proffil', 'Awgrymiadau', 'Cyfnod cyn etholiad', 'Gwefannau', 'Pecynnau awgrymiadau', 'Preifatrwydd a’ch data']) {
      expect(screen.getByRole('region', { name })).toBeTruthy();
    }
    expect(screen.getByLabelText('Llai')).toBeTruthy();
    const select = screen.getByLabelText('Cadw fy ymarfer am') as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Nes i mi ei ddileu', '3 mis', '6 mis', '12 mis', '24 mis']);
    fireEvent.click(screen.getByRole('button', { name: 'Cadw’r dyddiadau' }));
    expect(await screen.findByText('Rhowch ddyddiad dechrau a dyddiad gorffen.')).toBeTruthy();
  });

  it('says what is wrong with a tip pack in Welsh, keeping the field paths', async () => {
    show(optionsHarness().api, 'cy');
    const bad = pack({ version: 2 }, [{ ...pack().tips[0]!, body: '', source: { name: 'x', url: 'javascript:alert(1)' } }]);
    const input = (await screen.findByLabelText('Mewnforio pecyn awgrymiadau (ffeil JSON)')) as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file(JSON.stringify(bad))], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe('Chafodd y pecyn hwn mo’i fewnforio');
    const items = within(alert).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toContain('version: rhaid iddo fod yn 1');
    expect(items).toContain('tips[0].body: ni ddylai fod yn wag');
    expect(items).toContain('tips[0].source.url: rhaid iddo ddechrau gyda https:// neu http://');
    expect((await packs.getValue()).imported).toEqual([]);
  });
});
