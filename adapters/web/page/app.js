// The playground page: a chat with Frontdesk's core over this server's JSON API, and a side
// panel that reads the site's residents back after every change. No framework and no build.

/* global document, window, fetch, setTimeout, HTMLElement, URLSearchParams */

/**
 * @typedef {{ id: string, label: string, style: string, value: string }} CardAction
 * @typedef {{ title: string, fields: { label: string, value: string }[], notes: string[],
 *   actions: CardAction[], fallbackText: string, tone: string }} Card
 * @typedef {{ kind: 'text', text: string } | { kind: 'card', card: Card }} Reply
 * @typedef {{ id: number, from: 'you' | 'bot', reply: Reply }} Entry
 * @typedef {{ revision: number, entries: Entry[] }} Transcript
 * @typedef {{ name: string, unit: string, status: string, moveIn: string,
 *   moveOut: string | null }} PanelResident
 * @typedef {{ sites: { siteId: string, name: string }[],
 *   site: { siteId: string, name: string, timeZone: string }, units: string[],
 *   residents: PanelResident[] }} PanelState
 * @typedef {'firstName' | 'lastName' | 'email' | 'phone' | 'unit' | 'startDate' | 'endDate'}
 *   EditField
 * @typedef {{ proposalId: string, intent: string, fields: EditField[],
 *   values: Partial<Record<EditField, string | null>>,
 *   unitGroups: { building: string | null, options: { key: string, label: string }[] }[] }}
 *   EditForm
 */

/** More choices than this become one select, as in Slack. */
const MAX_ANSWER_BUTTONS = 5;
const POLL_MS = 1500;

/** @type {Record<EditField, { label: string, type: string }>} */
const EDIT_INPUTS = {
  firstName: { label: 'First name', type: 'text' },
  lastName: { label: 'Last name', type: 'text' },
  email: { label: 'Email', type: 'email' },
  phone: { label: 'Phone', type: 'tel' },
  unit: { label: 'Unit', type: 'select' },
  startDate: { label: 'Move-in date', type: 'date' },
  endDate: { label: 'Move-out date', type: 'date' },
};

const transcriptList = /** @type {HTMLOListElement} */ (document.getElementById('transcript'));
const messageInput = /** @type {HTMLInputElement} */ (document.getElementById('message'));
const uploadInput = /** @type {HTMLInputElement} */ (document.getElementById('upload'));
const siteSelect = /** @type {HTMLSelectElement} */ (document.getElementById('site'));
const panelStatus = /** @type {HTMLElement} */ (document.getElementById('panel-status'));
const residentRows = /** @type {HTMLTableSectionElement} */ (
  document.querySelector('#residents tbody')
);
const unitList = /** @type {HTMLUListElement} */ (document.getElementById('units'));

let revision = -1;
/** @type {Map<number, { json: string, element: HTMLLIElement }>} */
const rendered = new Map();

/**
 * @param {string} tag
 * @param {Record<string, string>} [attributes]
 * @param {(Node | string)[]} [children]
 */
function element(tag, attributes = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/**
 * @param {string} path
 * @param {RequestInit} [init]
 * @returns {Promise<unknown>}
 */
async function request(path, init) {
  const response = await fetch(path, init);
  const body = /** @type {unknown} */ (await response.json());
  if (!response.ok) {
    const message = /** @type {{ error?: string }} */ (body).error ?? `HTTP ${response.status}`;
    throw new Error(message);
  }
  return body;
}

/** @param {string} path @param {unknown} body */
function postJson(path, body) {
  return request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** @param {unknown} error */
function showProblem(error) {
  const text = error instanceof Error ? error.message : String(error);
  transcriptList.append(
    element('li', { role: 'alert' }, [element('p', { class: 'bubble' }, [text])]),
  );
}

/** @param {number} entryId @param {Card} card */
function renderCard(entryId, card) {
  const article = element('article', { class: `card tone-${card.tone}`, 'aria-label': card.title });
  article.append(element('h3', {}, [card.title]));
  if (card.fields.length > 0) {
    const list = element('dl');
    for (const field of card.fields) {
      list.append(element('dt', {}, [field.label]), element('dd', {}, [field.value]));
    }
    article.append(list);
  }
  if (card.notes.length > 0) {
    article.append(
      element(
        'ul',
        { class: 'notes' },
        card.notes.map((note) => element('li', {}, [note])),
      ),
    );
  }
  article.append(renderActions(entryId, card, article));
  return article;
}

/** @param {number} entryId @param {Card} card @param {HTMLElement} article */
function renderActions(entryId, card, article) {
  const row = element('div', { class: 'actions', role: 'group', 'aria-label': 'Actions' });
  const answers = card.actions.filter((action) => action.id === 'answer');
  const others = card.actions.filter((action) => action.id !== 'answer');
  if (answers.length > MAX_ANSWER_BUTTONS) {
    row.append(answerSelect(entryId, answers, article));
  } else {
    others.unshift(...answers);
  }
  for (const action of others) {
    const button = element('button', { type: 'button', class: `style-${action.style}` }, [
      action.label,
    ]);
    button.addEventListener('click', () => void press(entryId, action, article));
    row.append(button);
  }
  return row;
}

/** @param {number} entryId @param {CardAction[]} answers @param {HTMLElement} article */
function answerSelect(entryId, answers, article) {
  const id = `answer-${entryId}`;
  const select = element(
    'select',
    { id },
    answers.map((action, index) => element('option', { value: String(index) }, [action.label])),
  );
  const button = element('button', { type: 'button' }, ['Choose']);
  button.addEventListener('click', () => {
    const action = answers[Number(/** @type {HTMLSelectElement} */ (select).value)];
    if (action !== undefined) void press(entryId, action, article);
  });
  return element('span', {}, [element('label', { for: id }, ['Pick one']), select, button]);
}

/**
 * @param {number} entryId
 * @param {CardAction} action
 * @param {HTMLElement} article
 */
async function press(entryId, action, article) {
  if (
    action.id === 'confirm_purge' &&
    !window.confirm('Purge this resident? This cannot be undone.')
  ) {
    return;
  }
  setBusy(article, true);
  try {
    if (action.id === 'edit') {
      const query = new URLSearchParams({ entry: String(entryId), proposal: action.value });
      const { form } = /** @type {{ form: EditForm | null }} */ (
        await request(`/api/edit-form?${query.toString()}`)
      );
      if (form !== null) {
        openEditForm(entryId, form, article);
        return;
      }
    }
    const transcript = /** @type {Transcript} */ (
      await postJson('/api/action', { entryId, actionId: action.id, value: action.value })
    );
    render(transcript);
    messageInput.focus();
  } catch (error) {
    showProblem(error);
  } finally {
    setBusy(article, false);
  }
}

/** @param {HTMLElement} container @param {boolean} busy */
function setBusy(container, busy) {
  container.setAttribute('aria-busy', String(busy));
  for (const control of container.querySelectorAll('button, select, input')) {
    /** @type {HTMLButtonElement} */ (control).disabled = busy;
  }
}

/** @param {number} entryId @param {EditForm} form @param {HTMLElement} article */
function openEditForm(entryId, form, article) {
  article.querySelector('form')?.remove();
  const editor = element('form', { class: 'edit-form', 'aria-label': 'Edit this proposal' });
  for (const field of form.fields) editor.append(...editInput(entryId, field, form));
  const save = element('button', { type: 'submit', class: 'style-primary' }, ['Save changes']);
  const close = element('button', { type: 'button' }, ['Close']);
  close.addEventListener('click', () => editor.remove());
  editor.append(element('span'), element('div', { class: 'actions' }, [save, close]));
  editor.addEventListener('submit', (event) => {
    event.preventDefault();
    void submitEdit(entryId, form, /** @type {HTMLFormElement} */ (editor));
  });
  article.append(editor);
  /** @type {HTMLElement | null} */ (editor.querySelector('input, select'))?.focus();
}

/** @param {number} entryId @param {EditField} field @param {EditForm} form */
function editInput(entryId, field, form) {
  const id = `edit-${entryId}-${field}`;
  const { label, type } = EDIT_INPUTS[field];
  const value = form.values[field] ?? '';
  /** @type {HTMLInputElement | HTMLSelectElement} */
  let control;
  if (type === 'select') {
    control = /** @type {HTMLSelectElement} */ (element('select', { id, name: field }));
    for (const group of form.unitGroups) {
      const options = group.options.map((option) =>
        element('option', { value: option.key }, [option.label]),
      );
      control.append(
        ...(group.building === null
          ? options
          : [element('optgroup', { label: group.building }, options)]),
      );
    }
    control.value = value;
  } else {
    control = /** @type {HTMLInputElement} */ (element('input', { id, name: field, type, value }));
  }
  const error = element('p', { class: 'field-error', id: `${id}-error`, hidden: '' });
  control.setAttribute('aria-describedby', error.id);
  return [element('label', { for: id }, [label]), control, error];
}

/** @param {number} entryId @param {EditForm} form @param {HTMLFormElement} editor */
async function submitEdit(entryId, form, editor) {
  /** @type {Partial<Record<EditField, string>>} */
  const values = {};
  for (const field of form.fields) {
    const control = /** @type {HTMLInputElement | null} */ (editor.elements.namedItem(field));
    if (control !== null) values[field] = control.value;
  }
  setBusy(editor, true);
  try {
    const result =
      /** @type {{ errors: Partial<Record<EditField, string>> | null, transcript: Transcript }} */ (
        await postJson('/api/edit', { entryId, proposalId: form.proposalId, values })
      );
    if (result.errors === null) {
      render(result.transcript);
      messageInput.focus();
      return;
    }
    for (const field of form.fields) {
      const message = result.errors[field];
      const error = /** @type {HTMLElement} */ (
        editor.querySelector(`#edit-${entryId}-${field}-error`)
      );
      error.textContent = message ?? '';
      error.hidden = message === undefined;
      const control = editor.elements.namedItem(field);
      if (control instanceof HTMLElement) {
        control.setAttribute('aria-invalid', String(message !== undefined));
      }
    }
  } catch (error) {
    showProblem(error);
  } finally {
    setBusy(editor, false);
  }
}

/**
 * Splits a reply into text and download links for the CSV files the playground serves.
 * @param {string} text
 * @returns {(string | HTMLElement)[]}
 */
function withFileLinks(text) {
  return text.split(/(\/files\/[A-Za-z0-9_-]+\.csv)/).map((part, index) => {
    if (index % 2 === 0) return part;
    const name = part.slice('/files/'.length);
    return element('a', { href: part, download: name, 'aria-label': `Download ${name}` }, [name]);
  });
}

/** @param {Entry} entry */
function renderEntry(entry) {
  const item = /** @type {HTMLLIElement} */ (element('li', { class: `from-${entry.from}` }));
  if (entry.reply.kind === 'card') {
    item.append(renderCard(entry.id, entry.reply.card));
  } else {
    const speaker = entry.from === 'you' ? 'You' : 'Frontdesk';
    item.append(
      element(
        'p',
        { class: 'bubble', 'aria-label': `${speaker}: ${entry.reply.text}` },
        withFileLinks(entry.reply.text),
      ),
    );
  }
  return item;
}

/**
 * Renders entries that are new or changed, leaving the others (and their open forms) alone.
 * @param {Transcript} transcript
 */
function render(transcript) {
  if (transcript.revision === revision) return;
  revision = transcript.revision;
  const kept = new Set(transcript.entries.map((entry) => entry.id));
  for (const [id, { element: item }] of rendered) {
    if (!kept.has(id)) {
      item.remove();
      rendered.delete(id);
    }
  }
  for (const entry of transcript.entries) {
    const json = JSON.stringify(entry.reply);
    const previous = rendered.get(entry.id);
    if (previous?.json === json) continue;
    const item = renderEntry(entry);
    if (previous === undefined) transcriptList.append(item);
    else previous.element.replaceWith(item);
    rendered.set(entry.id, { json, element: item });
  }
  transcriptList.lastElementChild?.scrollIntoView({ block: 'end' });
  void refreshPanel();
}

async function refreshPanel() {
  try {
    const panel = /** @type {PanelState} */ (await request('/api/panel'));
    renderPanel(panel);
  } catch (error) {
    panelStatus.textContent = `Could not read the site: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** @param {PanelState} panel */
function renderPanel(panel) {
  siteSelect.replaceChildren(
    ...panel.sites.map((site) => element('option', { value: site.name }, [site.name])),
  );
  siteSelect.value = panel.site.name;
  panelStatus.textContent = `${panel.site.name} · ${panel.site.timeZone} · ${panel.residents.length} residents`;
  residentRows.replaceChildren(
    ...panel.residents.map((resident) =>
      element('tr', { class: `status-${resident.status.split(',')[0] ?? ''}` }, [
        element('td', {}, [resident.name]),
        element('td', {}, [resident.unit]),
        element('td', {}, [resident.status]),
        element('td', {}, [resident.moveIn]),
        element('td', {}, [resident.moveOut ?? '']),
      ]),
    ),
  );
  unitList.replaceChildren(...panel.units.map((unit) => element('li', {}, [unit])));
}

/** @param {string} text */
async function say(text) {
  const transcript = /** @type {Transcript} */ (await postJson('/api/message', { text }));
  render(transcript);
}

async function poll() {
  try {
    render(/** @type {Transcript} */ (await request('/api/transcript')));
  } catch {
    // The server may be restarting; the next poll tries again.
  }
  setTimeout(() => void poll(), POLL_MS);
}

document.getElementById('composer')?.addEventListener('submit', (event) => {
  event.preventDefault();
  const text = messageInput.value.trim();
  if (text === '') return;
  messageInput.value = '';
  say(text).catch(showProblem);
});

document.getElementById('site-switcher')?.addEventListener('submit', (event) => {
  event.preventDefault();
  say(`use ${siteSelect.value}`).catch(showProblem);
});

uploadInput.addEventListener('change', () => {
  const file = uploadInput.files?.[0];
  if (file === undefined) return;
  uploadInput.value = '';
  file
    .text()
    .then((csv) =>
      request('/api/upload', {
        method: 'POST',
        headers: { 'content-type': 'text/csv', 'x-file-name': encodeURIComponent(file.name) },
        body: csv,
      }),
    )
    .then((transcript) => render(/** @type {Transcript} */ (transcript)))
    .catch(showProblem);
});

void poll();
